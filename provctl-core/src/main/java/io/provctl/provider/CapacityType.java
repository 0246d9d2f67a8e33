package io.provctl.provider;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kind of capacity a VM runs on. Spot capacity is the provider's spare capacity, sold cheaper and
 * reclaimed at short notice; on-demand is the ordinary kind, kept until deleted. The labels are the ones
 * written on Nodes and in resources ({@code on-demand}, {@code spot}), as Karpenter's capacity-type.
 */
public enum CapacityType {
    ON_DEMAND("on-demand"),
    SPOT("spot");

    private final String label;

    CapacityType(String label) {
        this.label = label;
    }

    /** The name as written on Nodes and in resources. */
    public String label() {
        return label;
    }

    /**
     * The capacity type a label names ({@code on-demand} or {@code spot}, any case).
     *
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static CapacityType parse(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown capacity type \"" + label
                        + "\": expected on-demand or spot"));
    }
}
