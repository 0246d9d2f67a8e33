package io.provctl.cost.optimize;

import io.provctl.cost.pricing.PriceRow;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Several small pools (at most {@code smallPoolNodes} nodes each) with identical labels, taints and
 * spot setting schedule the same pods: one pool of the instance type (among theirs) that gives the same
 * total vCPU and memory at the lowest cost saves per-node overhead (root volumes, system reservations).
 * Medium risk: pods move and the pools' failure domains merge.
 */
final class ConsolidationRule implements OptimizationRule {

    @Override
    public List<Opportunity> find(ClusterSpec c, OptimizerContext ctx) {
        List<Opportunity> out = new ArrayList<>();
        for (List<PoolSpec> group : groups(c, ctx)) {
            merged(c, group, ctx).ifPresent(m -> savings(c, group, m, ctx)
                    .filter(s -> s.signum() > 0).ifPresent(s -> out.add(new Opportunity(
                            OpportunityKind.CONSOLIDATION, ResourceId.pool(c.name(), group.get(0).name()),
                            new PoolChange.MergePools(c.name(), group.stream().map(PoolSpec::name).toList(), m), s,
                            Risk.MEDIUM, group.size() + " small pools with the same labels, taints and spot"
                            + " setting fit in one pool of " + m.desiredSize() + " x " + m.instanceType()))));
        }
        return out;
    }

    private static List<List<PoolSpec>> groups(ClusterSpec c, OptimizerContext ctx) {
        Map<List<Object>, List<PoolSpec>> byKey = new LinkedHashMap<>();
        c.pools().stream().filter(p -> p.desiredSize() <= ctx.options.smallPoolNodes())
                .filter(p -> ctx.shape(c, p.instanceType()).isPresent())
                .sorted(Comparator.comparing(PoolSpec::name))
                .forEach(p -> byKey.computeIfAbsent(List.of(p.labels(), p.taints(), p.spot().enabled()),
                        k -> new ArrayList<>()).add(p));
        return byKey.values().stream().filter(g -> g.size() >= 2).toList();
    }

    private static Optional<PoolSpec> merged(ClusterSpec c, List<PoolSpec> group, OptimizerContext ctx) {
        Map<String, PriceRow> shapes = new LinkedHashMap<>();
        group.forEach(p -> shapes.put(p.instanceType(), ctx.shape(c, p.instanceType()).orElseThrow()));
        return shapes.values().stream()
                .map(type -> mergedAs(group, type, shapes))
                .flatMap(p -> ctx.poolMonthly(c, p).map(m -> Map.entry(p, m)).stream())
                .min(Map.Entry.<PoolSpec, BigDecimal>comparingByValue()
                        .thenComparing(e -> e.getKey().instanceType()))
                .map(Map.Entry::getKey);
    }

    private static PoolSpec mergedAs(List<PoolSpec> group, PriceRow type, Map<String, PriceRow> shapes) {
        PoolSpec first = group.get(0);
        return new PoolSpec(first.name(), type.sku(), nodes(group, type, shapes, PoolSpec::minSize),
                nodes(group, type, shapes, PoolSpec::maxSize), nodes(group, type, shapes, PoolSpec::desiredSize),
                first.spot(), first.labels(), first.taints(), first.config(), first.position());
    }

    /** Nodes of {@code type} that give at least the group's total vCPU and memory at one size. */
    private static int nodes(List<PoolSpec> group, PriceRow type, Map<String, PriceRow> shapes,
                             ToIntFunction<PoolSpec> size) {
        BigDecimal vcpu = BigDecimal.ZERO;
        BigDecimal mem = BigDecimal.ZERO;
        for (PoolSpec p : group) {
            BigDecimal n = BigDecimal.valueOf(size.applyAsInt(p));
            PriceRow shape = shapes.get(p.instanceType());
            vcpu = vcpu.add(n.multiply(BigDecimal.valueOf(shape.vcpu().orElseThrow())));
            mem = mem.add(n.multiply(shape.memoryGib().orElseThrow()));
        }
        BigDecimal byCpu = vcpu.divide(BigDecimal.valueOf(type.vcpu().orElseThrow()), 0, RoundingMode.CEILING);
        BigDecimal byMem = mem.divide(type.memoryGib().orElseThrow(), 0, RoundingMode.CEILING);
        return byCpu.max(byMem).intValue();
    }

    private static Optional<BigDecimal> savings(ClusterSpec c, List<PoolSpec> group, PoolSpec merged,
                                                OptimizerContext ctx) {
        BigDecimal before = BigDecimal.ZERO;
        for (PoolSpec p : group) {
            Optional<BigDecimal> m = ctx.poolMonthly(c, p);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            before = before.add(m.get());
        }
        BigDecimal b = before;
        return ctx.poolMonthly(c, merged).map(b::subtract);
    }
}
