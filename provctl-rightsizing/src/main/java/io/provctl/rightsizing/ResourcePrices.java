package io.provctl.rightsizing;

import io.provctl.cost.pricing.BillingPolicy;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceUnit;
import io.provctl.rightsizing.spot.SpotRatio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What an hour of one vCPU and of one GiB of requested memory costs on the nodes a workload runs on.
 * Requests, not usage, are what a cluster must provision nodes for, so requests are what is priced.
 *
 * <p>Assumption, stated because a node is sold whole: the node's on-demand hourly price is split
 * between its CPU and its memory by {@code cpuShare} (default one half), then divided by its vCPUs
 * and its GiB. For an m5.large in us-east-1 ($0.096/h, 2 vCPU, 8 GiB) that is $0.024 per vCPU-hour
 * and $0.006 per GiB-hour.
 *
 * <p>{@code spot} is what the same node costs on spot as a share of on demand (SPOT_INSTANCES savings):
 * the catalog's spot price where it has one, else the cost engine's assumed ratio, said to be one.
 */
public record ResourcePrices(BigDecimal perVcpuHour, BigDecimal perGibHour, String basis, SpotRatio spot) {

    /** Hours in the month every monthly figure uses (the cost engine's standard billing month). */
    public static final BigDecimal HOURS_PER_MONTH = BillingPolicy.STANDARD_MONTH_HOURS;
    public static final BigDecimal DEFAULT_CPU_SHARE = new BigDecimal("0.5");

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal GIB = BigDecimal.valueOf(Resources.GIB);

    public ResourcePrices {
        Objects.requireNonNull(perVcpuHour, "perVcpuHour");
        Objects.requireNonNull(perGibHour, "perGibHour");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(spot, "spot");
    }

    /** Prices from no catalog node: spot is priced at the assumed default ratio. */
    public ResourcePrices(BigDecimal perVcpuHour, BigDecimal perGibHour, String basis) {
        this(perVcpuHour, perGibHour, basis, SpotRatio.assumedDefault());
    }

    /** Prices from one catalog node type; empty when the catalog has no hourly price for it. */
    public static Optional<ResourcePrices> fromNode(PriceSource prices, String provider, String region,
                                                    String instanceType, BigDecimal cpuShare) {
        if (cpuShare.signum() < 0 || cpuShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("cpuShare must be within 0..1: " + cpuShare);
        }
        return prices.find(provider, region, instanceType)
                .filter(PriceRow::isInstanceType)
                .filter(r -> r.unit() == PriceUnit.HOUR)
                .map(r -> split(r, cpuShare));
    }

    private static ResourcePrices split(PriceRow r, BigDecimal cpuShare) {
        BigDecimal cpu = r.price().multiply(cpuShare).divide(BigDecimal.valueOf(r.vcpu().orElseThrow()), MC);
        BigDecimal mem = r.price().multiply(BigDecimal.ONE.subtract(cpuShare)).divide(r.memoryGib().orElseThrow(), MC);
        return new ResourcePrices(cpu, mem, r.key() + " at $" + r.price().toPlainString() + "/h, "
                + cpuShare.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                + "% of it for CPU, the rest for memory", SpotRatio.of(r));
    }

    /** What {@code replicas} pods requesting {@code perPod} cost a month, to the cent. */
    public BigDecimal monthly(Resources perPod, int replicas) {
        BigDecimal cores = BigDecimal.valueOf(perPod.cpuMillicores()).divide(THOUSAND, MC);
        BigDecimal gib = BigDecimal.valueOf(perPod.memoryBytes()).divide(GIB, MC);
        BigDecimal hourly = cores.multiply(perVcpuHour).add(gib.multiply(perGibHour));
        return hourly.multiply(BigDecimal.valueOf(replicas)).multiply(HOURS_PER_MONTH)
                .setScale(2, RoundingMode.HALF_EVEN);
    }
}
