package io.provctl.cost.estimate;

import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceUnit;
import io.provctl.cost.pricing.Skus;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prices one node pool: its on-demand and spot parts at desired size, root volumes, and the min-max range. */
final class PoolPricer {

    ResourceCost price(ClusterSpec c, PoolSpec p, EstimateContext ctx) {
        ResourceId id = ResourceId.pool(c.name(), p.name());
        ctx.assumptions.add("Autoscaling pools are estimated at their desired size; the range beside each"
                + " shows the cost at its min and max size.");
        Optional<InstancePrice> price = InstancePrice.lookup(ctx.prices, c.provider(), c.region(),
                p.instanceType(), ctx.options.assumedSpotRatio());
        if (price.isEmpty()) {
            return unpriced(c, p, id, ctx);
        }
        InstancePrice ip = price.get();
        noteSpot(c, p, ip, ctx);
        Optional<PriceRow> disk = diskPrice(c, p, id, ctx);
        List<CostLine> lines = new ArrayList<>(instanceLines(c, p, ip, p.desiredSize(), ctx));
        diskLine(c, p, p.desiredSize(), disk, ctx).ifPresent(lines::add);
        Optional<CostRange> range = Optional.of(range(c, p, ip, disk, ctx));
        warnSpotSavings(c, p, id, ip, ctx);
        warnSpotMaxPrice(p, id, ip, ctx);
        return new ResourceCost(id, c.provider(), c.region(), lines, range);
    }

    private ResourceCost unpriced(ClusterSpec c, PoolSpec p, ResourceId id, EstimateContext ctx) {
        if (ctx.options.strict()) {
            throw new UnknownPriceException(id, c.provider(), c.region(), p.instanceType());
        }
        ctx.warnings.add(new CostWarning.UnknownPrice(id, c.provider(), c.region(), p.instanceType()));
        CostLine line = CostLine.unpriced("instances (unpriced)", p.instanceType(),
                BigDecimal.valueOf(p.desiredSize()), "nodes");
        return new ResourceCost(id, c.provider(), c.region(), List.of(line), Optional.empty());
    }

    private List<CostLine> instanceLines(ClusterSpec c, PoolSpec p, InstancePrice ip, int size,
                                         EstimateContext ctx) {
        PoolShape shape = PoolShape.of(p, size);
        BigDecimal hours = ctx.hoursPerMonth(c.provider());
        List<CostLine> lines = new ArrayList<>();
        if (!p.spot().enabled() || shape.onDemandNodes() > 0) {
            lines.add(instanceLine("instances (on-demand)", ip, false, shape.onDemandNodes(), hours));
        }
        if (p.spot().enabled()) {
            lines.add(instanceLine("instances (spot)", ip, true, shape.spotNodes(), hours));
        }
        return lines;
    }

    private static CostLine instanceLine(String component, InstancePrice ip, boolean spot, int nodes,
                                         BigDecimal hours) {
        BigDecimal n = BigDecimal.valueOf(nodes);
        Charge ch = ip.charge(spot, n, hours);
        return new CostLine(component, ip.row().sku(), n, "nodes", Optional.of(ip.price(spot)),
                Optional.of(ch.hourly()), Optional.of(ch.monthly()), Optional.of(ip.row().source()));
    }

    private Optional<PriceRow> diskPrice(ClusterSpec c, PoolSpec p, ResourceId id, EstimateContext ctx) {
        if (Skus.rootVolumeIncluded(c.provider())) {
            ctx.assumptions.add("A " + c.provider() + " node's disk is included in its instance price.");
            return Optional.empty();
        }
        if (diskGb(p, ctx) == 0) {
            return Optional.empty();
        }
        Optional<String> sku = Skus.rootVolume(c.provider());
        Optional<PriceRow> row = sku.flatMap(s -> ctx.prices.find(c.provider(), c.region(), s));
        if (row.isEmpty()) {
            ctx.warnings.add(new CostWarning.UnknownPrice(id, c.provider(), c.region(),
                    sku.orElse("root volume storage")));
        } else {
            ctx.assumptions.add("Each node has a " + ctx.options.rootVolumeGb() + " GB root volume unless its pool"
                    + " sets disk_size_gb, billed as block storage per GB-month.");
        }
        return row;
    }

    private Optional<CostLine> diskLine(ClusterSpec c, PoolSpec p, int size, Optional<PriceRow> disk,
                                        EstimateContext ctx) {
        int gb = diskGb(p, ctx);
        if (gb == 0 || Skus.rootVolumeIncluded(c.provider())) {
            return Optional.empty();
        }
        BigDecimal quantity = BigDecimal.valueOf((long) gb * size);
        if (disk.isEmpty()) {
            String sku = Skus.rootVolume(c.provider()).orElse("root volume storage");
            return Optional.of(CostLine.unpriced("root volumes", sku, quantity, "GB"));
        }
        PriceRow r = disk.get();
        Charge ch = Charge.of(r.unit(), r.price(), quantity, ctx.hoursPerMonth(c.provider()));
        return Optional.of(new CostLine("root volumes", r.sku(), quantity, "GB", Optional.of(r.price()),
                Optional.of(ch.hourly()), Optional.of(ch.monthly()), Optional.of(r.source())));
    }

    private CostRange range(ClusterSpec c, PoolSpec p, InstancePrice ip, Optional<PriceRow> disk,
                            EstimateContext ctx) {
        return new CostRange(p.minSize(), monthlyAt(c, p, ip, disk, p.minSize(), ctx),
                p.maxSize(), monthlyAt(c, p, ip, disk, p.maxSize(), ctx));
    }

    private BigDecimal monthlyAt(ClusterSpec c, PoolSpec p, InstancePrice ip, Optional<PriceRow> disk, int size,
                                 EstimateContext ctx) {
        List<CostLine> lines = new ArrayList<>(instanceLines(c, p, ip, size, ctx));
        diskLine(c, p, size, disk, ctx).ifPresent(lines::add);
        return lines.stream().map(l -> l.monthly().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void noteSpot(ClusterSpec c, PoolSpec p, InstancePrice ip, EstimateContext ctx) {
        if (ip.spotAssumed()) {
            ctx.assumptions.add("Spot price of " + p.instanceType() + " in " + c.provider() + "/" + c.region()
                    + " assumed at " + ctx.options.assumedSpotRatio().movePointRight(2).stripTrailingZeros()
                    .toPlainString() + " % of on-demand: the catalog has no spot price for it.");
        } else if (p.spot().enabled()) {
            ctx.assumptions.add("Spot prices from the catalog are typical prices; actual spot prices vary.");
        }
    }

    private static void warnSpotSavings(ClusterSpec c, PoolSpec p, ResourceId id, InstancePrice ip,
                                        EstimateContext ctx) {
        if (p.spot().enabled() || p.desiredSize() == 0 || ip.spot().compareTo(ip.onDemand()) >= 0) {
            return;
        }
        BigDecimal n = BigDecimal.valueOf(p.desiredSize());
        BigDecimal hours = ctx.hoursPerMonth(c.provider());
        BigDecimal savings = ip.charge(false, n, hours).monthly().subtract(ip.charge(true, n, hours).monthly());
        ctx.warnings.add(new CostWarning.SpotSavingsAvailable(id, savings, ip.spotAssumed()));
    }

    private static void warnSpotMaxPrice(PoolSpec p, ResourceId id, InstancePrice ip, EstimateContext ctx) {
        if (p.spot().enabled() && ip.unit() == PriceUnit.HOUR) {
            p.spot().maxPrice().filter(max -> max.compareTo(ip.spot()) < 0).ifPresent(max ->
                    ctx.warnings.add(new CostWarning.SpotMaxPriceBelowEstimate(id, max, ip.spot())));
        }
    }

    private static int diskGb(PoolSpec p, EstimateContext ctx) {
        return PoolShape.diskGb(p, ctx.options.rootVolumeGb());
    }
}
