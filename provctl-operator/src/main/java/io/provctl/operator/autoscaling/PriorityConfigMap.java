package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.PriorityConfig;
import io.provctl.operator.events.EventRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The priority expander as its ConfigMap says now: data key {@code priorities}, read on every pass so an
 * edit takes effect without a restart (parsed again only when the ConfigMap's resourceVersion changes).
 * A malformed ConfigMap keeps the last priorities that parsed, so an editing mistake does not switch the
 * fleet to another policy; with none yet, or with no ConfigMap at all, the fallback (least-cost) decides.
 * Each problem is logged and recorded as a Warning event on the ConfigMap once, not on every pass.
 */
final class PriorityConfigMap {

    static final String KEY = "priorities";
    private static final Logger LOG = LoggerFactory.getLogger(PriorityConfigMap.class);
    private static final String MISSING = "";

    private final KubernetesClient client;
    private final ConfigMapRef ref;
    private final EventRecorder events;
    private Optional<Expander.Priority> lastGood = Optional.empty();
    /** The resourceVersion last read, parsed or reported; MISSING for no ConfigMap. */
    private Optional<String> seen = Optional.empty();

    PriorityConfigMap(KubernetesClient client, ConfigMapRef ref, EventRecorder events) {
        this.client = client;
        this.ref = ref;
        this.events = events;
    }

    Expander expander(Expander fallback) {
        ConfigMap map = client.configMaps().inNamespace(ref.namespace()).withName(ref.name()).get();
        if (map == null) {
            if (!seen.equals(Optional.of(MISSING))) {
                LOG.warn("priority expander: ConfigMap {} not found; choosing by {} until it exists", ref,
                        fallback.name());
                seen = Optional.of(MISSING);
            }
            lastGood = Optional.empty();
            return fallback;
        }
        String version = Optional.ofNullable(map.getMetadata().getResourceVersion()).orElse("unversioned");
        if (!seen.equals(Optional.of(version))) {
            seen = Optional.of(version);
            read(map, fallback);
        }
        return lastGood.<Expander>map(p -> p).orElse(fallback);
    }

    private void read(ConfigMap map, Expander fallback) {
        try {
            String yaml = Optional.ofNullable(map.getData()).map(d -> d.get(KEY)).orElseThrow(() ->
                    new IllegalArgumentException("no data key \"" + KEY + "\""));
            lastGood = Optional.of(PriorityConfig.parse(yaml));
            LOG.info("priority expander: read ConfigMap {} ({} priorities)", ref, lastGood.get().priorities().size());
        } catch (IllegalArgumentException e) {
            String using = lastGood.isPresent() ? "the previous priorities" : fallback.name();
            String message = "ConfigMap " + ref + ", key " + KEY + ": " + e.getMessage() + "; choosing by " + using
                    + " until it is fixed";
            LOG.warn("priority expander: {}", message);
            events.warning(map, "InvalidPriorities", message);
        }
    }
}
