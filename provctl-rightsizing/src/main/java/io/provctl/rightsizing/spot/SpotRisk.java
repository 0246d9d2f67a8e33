package io.provctl.rightsizing.spot;

import io.provctl.rightsizing.PdbCoverage;
import io.provctl.rightsizing.RiskAssessment;
import io.provctl.rightsizing.RiskLevel;

import java.util.ArrayList;
import java.util.List;

/**
 * Rates a move to spot. The rules, in order:
 * <ol>
 *   <li>MEDIUM to start with: a spot node can be reclaimed at short notice (two minutes on AWS, 30 s on
 *       GCP), so pods will be evicted at times nobody chose. Never LOW, whatever the coverage.</li>
 *   <li>HIGH with exactly 2 replicas: one reclaim halves the serving capacity, and a second one before
 *       the replacement is ready leaves none.</li>
 *   <li>HIGH when the PodDisruptionBudget allows more than half the pods to be disrupted at once: a drain
 *       may then take most of the workload away together.</li>
 * </ol>
 */
public final class SpotRisk {

    private SpotRisk() {
    }

    public static RiskAssessment assess(int replicas, PdbCoverage pdb) {
        List<String> reasons = new ArrayList<>();
        RiskLevel level = RiskLevel.MEDIUM;
        reasons.add("spot nodes can be reclaimed at short notice -> MEDIUM");
        if (replicas == 2) {
            level = level.atLeast(RiskLevel.HIGH);
            reasons.add("2 replicas: one reclaimed node halves the capacity -> " + level);
        }
        int allowed = pdb.allowedDisruptions(replicas);
        if (2 * allowed > replicas) {
            level = level.atLeast(RiskLevel.HIGH);
            reasons.add("PodDisruptionBudget " + pdb.name() + " allows " + allowed + " of " + replicas
                    + " pods to be disrupted at once, more than half -> " + level);
        }
        return new RiskAssessment(level, reasons);
    }
}
