package io.provctl.rightsizing.policy;

import java.util.List;

/** Whether a recommendation may be applied automatically. */
public sealed interface GateDecision {

    boolean allowed();

    /** Every gate passed. */
    record AutoApply() implements GateDecision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /** At least one gate refused; all that refused are listed, so the user sees every reason at once. */
    record ManualOnly(List<GateFailure> failures) implements GateDecision {

        public ManualOnly {
            failures = List.copyOf(failures);
            if (failures.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }

        @Override
        public boolean allowed() {
            return false;
        }

        public boolean refusedBy(Gate gate) {
            return failures.stream().anyMatch(f -> f.gate() == gate);
        }
    }
}
