package io.provctl.rightsizing.spot;

import io.provctl.rightsizing.MetricsWindow;
import io.provctl.rightsizing.OptimizationType;
import io.provctl.rightsizing.PdbCoverage;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.ResourcePrices;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.placement.PlacementChange;
import io.provctl.rightsizing.placement.SpotNodes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SPOT_INSTANCES recommendation for an eligible workload: add the spot toleration and the spot
 * preference to its pod template, keeping every toleration and preference it has. Requests and
 * replicas stay as they are; the saving is the requests' monthly cost times the spot discount.
 */
public final class SpotAdvisor {

    /** Auto-applying a move to spot needs at least this confidence, whatever minConfidence says. */
    public static final double MIN_AUTO_APPLY_CONFIDENCE = 0.8;

    private SpotAdvisor() {
    }

    public static Recommendation recommend(WorkloadSpec w, PdbCoverage pdb, MetricsWindow window,
                                           ResourcePrices prices, double historyScore, Instant now) {
        PlacementChange placement = new PlacementChange(w.template().placement(), w.template().placement().withSpot());
        BigDecimal current = prices.monthly(w.podRequests(), w.replicas());
        BigDecimal onSpot = current.multiply(prices.spot().ratio()).setScale(2, RoundingMode.HALF_EVEN);
        List<String> notes = new ArrayList<>();
        notes.add("the saving assumes every pod runs on spot; a pod on an on-demand node (the preference is not a "
                + "requirement, so pods fall back there when spot is short) saves nothing");
        notes.add("spot nodes must carry the label " + SpotNodes.LABEL_KEY + "=" + SpotNodes.LABEL_VALUE
                + " and the taint " + SpotNodes.TAINT_KEY + "=" + SpotNodes.TAINT_VALUE + ":" + SpotNodes.TAINT_EFFECT);
        if (w.podRequests().cpuMillicores() == 0 && w.podRequests().memoryBytes() == 0) {
            notes.add("the pods request nothing, so their cost and the saving cannot be estimated");
        }
        return new Recommendation(w.ref(), OptimizationType.SPOT_INSTANCES, window, now, List.of(), Optional.empty(),
                current, onSpot, SpotConfidence.score(historyScore, w.replicas(), pdb),
                SpotRisk.assess(w.replicas(), pdb), prices.basis() + "; " + prices.spot().basis(), notes,
                Optional.empty(), Optional.of(placement));
    }
}
