package io.provctl.operator.settings;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.api.v1alpha1.autoscalerconfig.AutoscalerConfig;

import java.util.Optional;

/** Reads the AutoscalerConfig {@code default} on each reconcile, so a change acts without a restart. */
public interface SettingsSource {

    Settings current();

    static SettingsSource fixed(Settings settings) {
        return () -> settings;
    }

    static SettingsSource fromCluster(KubernetesClient client) {
        return () -> Settings.of(Optional.ofNullable(
                client.resources(AutoscalerConfig.class).withName(AutoscalerConfig.DEFAULT_NAME).get()));
    }
}
