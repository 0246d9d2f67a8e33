package io.provctl.rightsizing.spot;

import io.provctl.rightsizing.PdbCoverage;

/**
 * How sure a move to spot is, in [0, 1): the history score (as for every type, d / (d + 1) for d days of
 * samples: a workload seen for a short time may have peaks spot capacity cannot absorb) capped by what
 * protects the pods from reclaims:
 * <ul>
 *   <li>5 or more replicas: 0.95; 3 or 4: 0.9; 2: 0.6 (below the 0.8 spot auto-apply needs: one
 *       reclaim halves the capacity);</li>
 *   <li>a PodDisruptionBudget allowing more than half the pods to be disrupted at once: at most 0.7.</li>
 * </ul>
 * A Deployment of 3 replicas behind a PDB keeping 2 available reaches 0.875 with 7 days of history.
 */
public final class SpotConfidence {

    static final double MANY_REPLICAS = 0.95;
    static final double SOME_REPLICAS = 0.9;
    static final double TWO_REPLICAS = 0.6;
    static final double LOOSE_PDB = 0.7;

    private SpotConfidence() {
    }

    public static double score(double historyScore, int replicas, PdbCoverage pdb) {
        double cap = replicas >= 5 ? MANY_REPLICAS : replicas >= 3 ? SOME_REPLICAS : TWO_REPLICAS;
        if (2 * pdb.allowedDisruptions(replicas) > replicas) {
            cap = Math.min(cap, LOOSE_PDB);
        }
        return Math.min(historyScore, cap);
    }
}
