package io.provctl.cost.calc;

import io.provctl.cost.estimate.Charge;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.InstancePrice;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.Skus;
import io.provctl.model.ClusterSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Answers cost questions about offerings and node groups, reading prices through the same port. */
public final class CostCalculator {

    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);
    private static final int UNIT_SCALE = 6;

    private final PriceSource prices;
    private final BillingPolicies billing;
    private final BigDecimal spotRatio;

    public CostCalculator(PriceSource prices, BillingPolicies billing, BigDecimal spotRatio) {
        this.prices = prices;
        this.billing = billing;
        this.spotRatio = spotRatio;
    }

    /** What {@code nodes} instances cost; empty when the instance type has no price there. */
    public Optional<NodeGroupCost> nodeGroupCost(String provider, String region, String instanceType, int nodes,
                                                 boolean spot) {
        return InstancePrice.lookup(prices, provider, region, instanceType, spotRatio).map(ip -> {
            Charge c = ip.charge(spot, BigDecimal.valueOf(nodes), hours(provider));
            return new NodeGroupCost(provider, region, instanceType, nodes, spot, c.hourly(),
                    c.hourly().multiply(HOURS_PER_DAY), c.monthly(), spot && ip.spotAssumed());
        });
    }

    /** Every offering that meets the requirement, cheapest first (ties by name, so the order is stable). */
    public List<Offering> compare(Requirement req) {
        return prices.rows().stream()
                .filter(PriceRow::isInstanceType)
                .filter(r -> r.region().equalsIgnoreCase(req.region()))
                .filter(r -> req.provider().map(p -> p.equalsIgnoreCase(r.provider())).orElse(true))
                .filter(r -> r.vcpu().orElseThrow() >= req.vcpu()
                        && r.memoryGib().orElseThrow().compareTo(req.memoryGib()) >= 0)
                .map(r -> offering(r, req))
                .sorted(Comparator.comparing(Offering::monthly).thenComparing(Offering::instanceType))
                .toList();
    }

    /** The cheapest offering that meets the requirement. */
    public Optional<Offering> cheapest(Requirement req) {
        return compare(req).stream().findFirst();
    }

    /** How much configuration {@code after} saves against {@code before}, both estimated by {@code estimator}. */
    public static Savings savings(CostEstimator estimator, Collection<ClusterSpec> before,
                                  Collection<ClusterSpec> after) {
        return new Savings(estimator.estimate(before).monthly(), estimator.estimate(after).monthly());
    }

    /** Cost per vCPU, per GiB and per disk GB of one instance type, on demand. */
    public Optional<UnitCosts> unitCosts(String provider, String region, String instanceType) {
        return prices.find(provider, region, instanceType).filter(PriceRow::isInstanceType).map(r -> {
            BigDecimal monthly = Charge.of(r.unit(), r.price(), BigDecimal.ONE, hours(provider)).monthly();
            return new UnitCosts(instanceType,
                    monthly.divide(BigDecimal.valueOf(r.vcpu().orElseThrow()), UNIT_SCALE, RoundingMode.HALF_EVEN),
                    monthly.divide(r.memoryGib().orElseThrow(), UNIT_SCALE, RoundingMode.HALF_EVEN),
                    diskRow(provider, region).map(PriceRow::price));
        });
    }

    private Offering offering(PriceRow r, Requirement req) {
        InstancePrice ip = InstancePrice.of(r, spotRatio);
        boolean spot = req.spotAllowed() && ip.spot().compareTo(ip.onDemand()) < 0;
        BigDecimal instance = ip.charge(spot, BigDecimal.ONE, hours(r.provider())).monthly();
        BigDecimal disk = diskRow(r.provider(), r.region())
                .map(d -> d.price().multiply(BigDecimal.valueOf(req.diskGb()))).orElse(BigDecimal.ZERO);
        return new Offering(r.provider(), r.region(), r.sku(), r.vcpu().orElseThrow(), r.memoryGib().orElseThrow(),
                spot, instance, disk);
    }

    private Optional<PriceRow> diskRow(String provider, String region) {
        return Skus.rootVolume(provider).flatMap(s -> prices.find(provider, region, s));
    }

    private BigDecimal hours(String provider) {
        return billing.forProvider(provider).hoursPerMonth();
    }
}
