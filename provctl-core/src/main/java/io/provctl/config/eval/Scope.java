package io.provctl.config.eval;

import io.provctl.model.SourcePosition;

import java.util.Set;

/**
 * What names an expression may refer to: input variables (resolved lazily, so variables may use
 * each other) and the clusters of the configuration, whose attributes are known only after apply.
 */
public interface Scope {

    /** The value of {@code var.name}; throws {@link EvalException} when it does not exist. */
    Value variable(String name, SourcePosition at);

    /** Cluster names that {@code cluster.NAME.…} may refer to. */
    Set<String> clusters();

    /** A scope with no variables and no clusters, for var files and command-line values. */
    static Scope empty() {
        return new Scope() {
            @Override
            public Value variable(String name, SourcePosition at) {
                throw new EvalException(at, "variables cannot be used here; expected a literal value");
            }

            @Override
            public Set<String> clusters() {
                return Set.of();
            }
        };
    }
}
