package io.provctl.autoscaler.sim;

import io.provctl.cost.pricing.PriceSources;

import java.io.StringReader;

/** Traces and policies for simulator tests, written the way users write them. */
final class SimFixtures {

    static final String ONE_GROUP = """
            apiVersion: autoscaling.provctl.io/v1alpha1
            kind: NodeGroup
            metadata: {name: general}
            spec:
              minNodes: 0
              maxNodes: 100
              offeringIDs:
                - {name: small, cpu: "2", memory: 8Gi, pods: 110, pricePerHour: "0.36"}
              scaleDownPolicy: {stabilizationWindowSeconds: 0}
            """;

    private SimFixtures() {
    }

    static Trace trace(String csv) {
        return TraceReader.read("trace.csv", new StringReader(csv));
    }

    /**
     * One group "general" of 2-CPU / 8 GiB nodes at 0.36 an hour (0.0001 a second), nodes usable 60 s after
     * the request and gone 30 s after removal, removed as soon as they are empty.
     */
    static SimPolicy policy() {
        return policy(ONE_GROUP, "");
    }

    /** {@code groups}, plus a SimulationPolicy with the delays above and these extra spec lines (indented 2). */
    static SimPolicy policy(String groups, String extraSpec) {
        return new PolicyReader(PriceSources.embedded()).read("policy.yaml", groups + """
                ---
                kind: SimulationPolicy
                metadata: {name: test}
                spec:
                  provisioningDelaySeconds: {default: 60}
                  removalDelaySeconds: 30
                """ + extraSpec, "policy");
    }
}
