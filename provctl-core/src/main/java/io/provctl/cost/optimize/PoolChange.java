package io.provctl.cost.optimize;

import io.provctl.model.PoolSpec;

import java.util.List;

/** The configuration edit an opportunity proposes. */
public sealed interface PoolChange {

    String cluster();

    /** The pools of the cluster this change rewrites or removes. */
    List<String> pools();

    /** The pool that takes the place of {@link #pools()}. */
    PoolSpec result();

    /** Replace one pool by a new spec of the same name. */
    record ReplacePool(String cluster, String pool, PoolSpec replacement) implements PoolChange {
        public List<String> pools() {
            return List.of(pool);
        }

        public PoolSpec result() {
            return replacement;
        }
    }

    /** Replace several pools by one merged pool. */
    record MergePools(String cluster, List<String> pools, PoolSpec merged) implements PoolChange {
        public MergePools {
            pools = List.copyOf(pools);
        }

        public PoolSpec result() {
            return merged;
        }
    }
}
