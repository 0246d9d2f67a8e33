package io.provctl.config;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.config.eval.Evaluator;
import io.provctl.config.hcl.Ast;
import io.provctl.model.BudgetSpec;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ProviderSpec;
import io.provctl.model.SourcePosition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns parsed files into a {@link Configuration}: variables first (they may be used anywhere),
 * then providers (clusters take their region), clusters, budgets and pricing. Problems are
 * collected, never thrown, so one run reports all of them.
 */
final class ConfigurationDecoder {

    private final InstanceTypeCatalog catalog;
    private final Diagnostics diagnostics;

    ConfigurationDecoder(InstanceTypeCatalog catalog, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.diagnostics = diagnostics;
    }

    Configuration decode(List<SourceFile> all, VariableInputs inputs) {
        List<SourceFile> files = withoutTerraform(all);
        VariableTable variables = new VariableTable(VariableDeclarations.read(files, diagnostics),
                clusterNames(files));
        variables.assign(inputs.assignments(variables, diagnostics), diagnostics);
        variables.resolveAll(diagnostics);
        Evaluator evaluator = new Evaluator(variables);
        Map<String, BodyReader> readers = new LinkedHashMap<>();
        for (SourceFile f : files) {
            BodyReader top = new BodyReader(f.body(), "the configuration", new SourcePosition(f.name(), 1, 1),
                    evaluator, diagnostics);
            top.blocks("variable");
            readers.put(f.name(), top);
        }
        Map<String, ProviderSpec> providers = providers(files, readers);
        List<ClusterSpec> clusters = clusters(files, readers, providers);
        List<BudgetSpec> budgets = budgets(files, readers);
        Optional<Path> pricing = pricing(files, readers);
        readers.values().forEach(BodyReader::finish);
        List<Path> sources = all.stream().map(f -> f.path().orElse(Path.of(f.name()))).toList();
        return new Configuration(clusters, providers, budgets, pricing, sources);
    }

    private List<SourceFile> withoutTerraform(List<SourceFile> files) {
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile f : files) {
            Optional<Diagnostic> terraform = TerraformDetector.check(f.body(), f.name());
            terraform.ifPresent(d -> diagnostics.add(d.position(), d.message()));
            if (terraform.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static Set<String> clusterNames(List<SourceFile> files) {
        Set<String> out = new LinkedHashSet<>();
        for (SourceFile f : files) {
            f.body().blocks().stream().filter(b -> b.name().equals("cluster") && b.labels().size() == 1)
                    .forEach(b -> out.add(b.labels().get(0).value()));
        }
        return out;
    }

    /** Labelled blocks of one type from every file, each once, duplicates reported. */
    private List<Labelled> labelled(String type, String what, List<SourceFile> files,
                                    Map<String, BodyReader> readers) {
        List<Labelled> out = new ArrayList<>();
        Map<String, Ast.Block> seen = new LinkedHashMap<>();
        for (SourceFile f : files) {
            BodyReader top = readers.get(f.name());
            for (Ast.Block b : top.blocks(type)) {
                if (!top.expectLabels(b, 1, "the " + what + " name")) {
                    continue;
                }
                Ast.Block first = seen.putIfAbsent(b.labels().get(0).value(), b);
                if (first != null) {
                    diagnostics.add(b.position(), "duplicate " + type + " \"" + b.labels().get(0).value()
                            + "\"; first defined at " + first.position());
                    continue;
                }
                out.add(new Labelled(b, top.nested(b, type + " \"" + b.labels().get(0).value() + "\"")));
            }
        }
        return out;
    }

    private record Labelled(Ast.Block block, BodyReader reader) {
    }

    private Map<String, ProviderSpec> providers(List<SourceFile> files, Map<String, BodyReader> readers) {
        Map<String, ProviderSpec> out = new LinkedHashMap<>();
        for (Labelled l : labelled("provider", "provider", files, readers)) {
            ProviderDecoder.decode(l.block(), l.reader()).ifPresent(p -> out.put(p.name(), p));
        }
        return out;
    }

    private List<ClusterSpec> clusters(List<SourceFile> files, Map<String, BodyReader> readers,
                                       Map<String, ProviderSpec> providers) {
        ClusterDecoder decoder = new ClusterDecoder(providers, new PoolDecoder(catalog));
        List<ClusterSpec> out = new ArrayList<>();
        for (Labelled l : labelled("cluster", "cluster", files, readers)) {
            decoder.decode(l.block(), l.reader()).ifPresent(out::add);
        }
        return out;
    }

    private List<BudgetSpec> budgets(List<SourceFile> files, Map<String, BodyReader> readers) {
        List<BudgetSpec> out = new ArrayList<>();
        for (Labelled l : labelled("budget", "budget", files, readers)) {
            BudgetDecoder.decode(l.block(), l.reader()).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Path> pricing(List<SourceFile> files, Map<String, BodyReader> readers) {
        Optional<Path> out = Optional.empty();
        Optional<SourcePosition> first = Optional.empty();
        for (SourceFile f : files) {
            BodyReader top = readers.get(f.name());
            for (Ast.Block b : top.blocks("pricing")) {
                if (first.isPresent()) {
                    diagnostics.add(b.position(), "duplicate block \"pricing\"; first defined at " + first.get());
                    continue;
                }
                first = Optional.of(b.position());
                top.expectLabels(b, 0, "");
                BodyReader r = top.nested(b, "pricing");
                out = r.required("file", r.string("file")).map(p -> f.baseDirectory().resolve(p).normalize());
                r.finish();
            }
        }
        return out;
    }
}
