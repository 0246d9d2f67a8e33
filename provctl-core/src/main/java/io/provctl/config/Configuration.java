package io.provctl.config;

import io.provctl.model.BudgetSpec;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ProviderSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole evaluated configuration: every cluster, provider block, budget and the optional
 * {@code pricing { file = "…" }} override, from one or more files.
 */
public record Configuration(List<ClusterSpec> clusters, Map<String, ProviderSpec> providers,
                            List<BudgetSpec> budgets, Optional<Path> pricingFile, List<Path> sources) {

    public Configuration {
        clusters = List.copyOf(clusters);
        providers = Map.copyOf(providers);
        budgets = List.copyOf(budgets);
        sources = List.copyOf(sources);
    }

    public static Configuration empty() {
        return new Configuration(List.of(), Map.of(), List.of(), Optional.empty(), List.of());
    }
}
