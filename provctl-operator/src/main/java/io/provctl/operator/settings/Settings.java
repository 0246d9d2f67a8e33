package io.provctl.operator.settings;

import io.provctl.operator.api.v1alpha1.autoscalerconfig.AutoscalerConfig;
import io.provctl.operator.api.v1alpha1.autoscalerconfig.GlobalSettings;
import io.provctl.operator.api.v1alpha1.autoscalerconfig.NodeGroupDefaults;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AutoscalerConfig {@code default} as plain values, with the schema's defaults where a field is
 * absent (the API server fills them in; the code does not rely on it).
 */
public record Settings(Duration scaleUpCooldown, Duration scaleDownCooldown, int maxConcurrentScaleUps,
                       int maxConcurrentScaleDowns, int maxClusterWorkers, Duration provisioningTimeout,
                       Duration nodeReadyTimeout, Duration podEvictionTimeout, Duration failedNodeTtl,
                       Map<String, String> defaultLabels, List<NodeTaint> defaultTaints) {

    public Settings {
        defaultLabels = Map.copyOf(defaultLabels);
        defaultTaints = List.copyOf(defaultTaints);
    }

    public static Settings defaults() {
        return of(Optional.empty());
    }

    public static Settings of(Optional<AutoscalerConfig> config) {
        GlobalSettings g = config.map(AutoscalerConfig::getSpec).map(s -> s.getGlobalSettings())
                .orElseGet(GlobalSettings::new);
        NodeGroupDefaults d = config.map(AutoscalerConfig::getSpec).map(s -> s.getNodeGroupDefaults())
                .orElseGet(NodeGroupDefaults::new);
        return new Settings(seconds(g.getScaleUpCooldownSeconds(), 0), seconds(g.getScaleDownCooldownSeconds(), 0),
                or(g.getMaxConcurrentScaleUps(), 10), or(g.getMaxConcurrentScaleDowns(), 5),
                or(g.getMaxClusterWorkers(), 1000), seconds(g.getProvisioningTimeoutSeconds(), 600),
                seconds(g.getNodeReadyTimeoutSeconds(), 900), seconds(g.getPodEvictionTimeoutSeconds(), 300),
                seconds(g.getFailedNodeTTLSeconds(), 1800),
                Optional.ofNullable(d.getLabels()).orElse(Map.of()), Optional.ofNullable(d.getTaints()).orElse(List.of()));
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Duration seconds(Integer value, int fallback) {
        return Duration.ofSeconds(or(value, fallback));
    }
}
