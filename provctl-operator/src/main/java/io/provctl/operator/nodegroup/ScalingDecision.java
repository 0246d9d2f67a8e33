package io.provctl.operator.nodegroup;

import java.util.List;

/** What the NodeGroup reconciler does to its ManagedNodes this time round. */
public sealed interface ScalingDecision {

    /** Nothing to do: the group has the nodes it should, or may not change now. */
    record Hold(String reason) implements ScalingDecision {
    }

    /** Create ManagedNodes with these names. */
    record ScaleUp(List<String> names) implements ScalingDecision {
        public ScaleUp {
            names = List.copyOf(names);
        }
    }

    /** Delete these ManagedNodes. */
    record ScaleDown(List<String> names) implements ScalingDecision {
        public ScaleDown {
            names = List.copyOf(names);
        }
    }
}
