package io.provctl.rightsizing.pricing;

import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceUnit;
import io.provctl.rightsizing.ResourcePrices;
import io.provctl.rightsizing.spot.SpotRatio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prices a workload's requests at the nodes its pods run on: each pod's node is looked up in the price
 * catalog by instance type (preferring the node's provider, then its region, as the autoscaler's
 * offering resolver does), split into a vCPU-hour and a GiB-hour price by {@link ResourcePrices#fromNode},
 * and the pods' prices are averaged, so a node hosting two of the pods weighs twice. Pods whose node is
 * unknown or not in the catalog are left out of the mean and named in the basis; when no pod is left,
 * the reference prices are used and the answer says why.
 */
public final class NodePricing {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final PriceSource catalog;
    private final BigDecimal cpuShare;
    private final ResourcePrices reference;

    public NodePricing(PriceSource catalog, BigDecimal cpuShare, ResourcePrices reference) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.cpuShare = Objects.requireNonNull(cpuShare, "cpuShare");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * @param podNodes one entry per pod of the workload: its node's facts, or empty when the pod is not
     *                 scheduled or its node is gone
     */
    public WorkloadPrices price(List<Optional<NodeFacts>> podNodes) {
        Map<String, ResourcePrices> byNode = new LinkedHashMap<>();
        Map<String, Integer> podsByNode = new LinkedHashMap<>();
        List<String> unpriced = new ArrayList<>();
        int unscheduled = 0;
        for (Optional<NodeFacts> node : podNodes) {
            if (node.isEmpty()) {
                unscheduled++;
                continue;
            }
            NodeFacts facts = node.get();
            Optional<ResourcePrices> prices = byNode.containsKey(facts.node())
                    ? Optional.of(byNode.get(facts.node())) : priceOf(facts);
            if (prices.isEmpty()) {
                unpriced.add(describe(facts));
                continue;
            }
            byNode.put(facts.node(), prices.get());
            podsByNode.merge(facts.node(), 1, Integer::sum);
        }
        String missing = missing(podNodes.size(), unscheduled, unpriced);
        if (byNode.isEmpty()) {
            return reference(podNodes.isEmpty() ? "no pod of the workload is running" : missing);
        }
        return new WorkloadPrices(mean(byNode, podsByNode, missing), Optional.empty());
    }

    /** The reference prices, with {@code reason} saying why the workload's own could not be used. */
    public WorkloadPrices reference(String reason) {
        return new WorkloadPrices(withBasis(reference, "reference " + reference.basis() + " (" + reason + ")"),
                Optional.of(reason));
    }

    private Optional<ResourcePrices> priceOf(NodeFacts facts) {
        if (facts.instanceType().isEmpty()) {
            return Optional.empty();
        }
        String type = facts.instanceType().get();
        return catalog.rows().stream()
                .filter(r -> r.isInstanceType() && r.unit() == PriceUnit.HOUR && r.sku().equals(type))
                .filter(r -> facts.provider().map(p -> p.equalsIgnoreCase(r.provider())).orElse(true))
                .max(Comparator.comparingInt(r -> affinity(r, facts)))
                .flatMap(r -> ResourcePrices.fromNode(catalog, r.provider(), r.region(), r.sku(), cpuShare));
    }

    /** A row in the node's own region beats one elsewhere; ties keep the catalog's order. */
    private static int affinity(PriceRow r, NodeFacts facts) {
        return facts.region().filter(region -> region.equalsIgnoreCase(r.region())).isPresent() ? 1 : 0;
    }

    private ResourcePrices mean(Map<String, ResourcePrices> byNode, Map<String, Integer> podsByNode, String missing) {
        int pods = podsByNode.values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal mem = BigDecimal.ZERO;
        BigDecimal spot = BigDecimal.ZERO;
        for (Map.Entry<String, ResourcePrices> e : byNode.entrySet()) {
            BigDecimal weight = BigDecimal.valueOf(podsByNode.get(e.getKey()));
            cpu = cpu.add(e.getValue().perVcpuHour().multiply(weight));
            mem = mem.add(e.getValue().perGibHour().multiply(weight));
            spot = spot.add(e.getValue().spot().ratio().multiply(weight));
        }
        BigDecimal n = BigDecimal.valueOf(pods);
        String nodes = byNode.entrySet().stream()
                .map(e -> e.getKey() + " x" + podsByNode.get(e.getKey()) + ": " + e.getValue().basis())
                .collect(Collectors.joining("; "));
        return new ResourcePrices(cpu.divide(n, MC), mem.divide(n, MC), "mean over " + pods + " pod(s) of their nodes ("
                + nodes + ")" + (missing.isEmpty() ? "" : "; left out: " + missing), meanSpot(byNode, spot.divide(n, MC)));
    }

    /**
     * The pods' nodes' spot ratios, weighted like their prices. Said to be assumed when any node's is,
     * so an estimate never reads as a catalog figure when part of it is the default.
     */
    private static SpotRatio meanSpot(Map<String, ResourcePrices> byNode, BigDecimal ratio) {
        List<SpotRatio> ratios = byNode.values().stream().map(ResourcePrices::spot).distinct().toList();
        if (ratios.size() == 1) {
            return ratios.get(0);
        }
        boolean assumed = ratios.stream().anyMatch(SpotRatio::assumed);
        return new SpotRatio(ratio.min(BigDecimal.ONE), assumed, "pod-weighted mean of the nodes' spot ratios: "
                + ratios.stream().map(SpotRatio::basis).collect(Collectors.joining("; ")));
    }

    private static String missing(int pods, int unscheduled, List<String> unpriced) {
        List<String> parts = new ArrayList<>();
        if (unscheduled > 0) {
            parts.add(unscheduled + " of " + pods + " pod(s) on no known node");
        }
        if (!unpriced.isEmpty()) {
            parts.add(unpriced.size() + " of " + pods + " pod(s) on nodes not in the price catalog: "
                    + String.join(", ", unpriced.stream().distinct().toList()));
        }
        return String.join("; ", parts);
    }

    private static String describe(NodeFacts facts) {
        return facts.node() + " (" + facts.instanceType().orElse("no instance type")
                + facts.region().map(r -> ", " + r).orElse("") + facts.provider().map(p -> ", " + p).orElse("") + ")";
    }

    private static ResourcePrices withBasis(ResourcePrices prices, String basis) {
        return new ResourcePrices(prices.perVcpuHour(), prices.perGibHour(), basis, prices.spot());
    }
}
