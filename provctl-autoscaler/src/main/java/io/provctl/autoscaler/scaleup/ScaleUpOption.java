package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;

import java.math.BigDecimal;
import java.util.List;

/** One way to absorb pending pods: this many new nodes of one offering in one group, and the pods they take. */
public record ScaleUpOption(NodeGroupInfo group, Offering offering, int nodeCount, List<PodInfo> pods,
                            Resources requested) {

    public ScaleUpOption {
        pods = List.copyOf(pods);
    }

    public BigDecimal pricePerHour() {
        return offering.pricePerHour().multiply(BigDecimal.valueOf(nodeCount));
    }

    /** Unused share of the new capacity, CPU and memory averaged: 0 is a perfect fit. */
    public double waste() {
        Resources cap = offering.capacity();
        double cpu = 1.0 - (double) requested.cpuMillis() / ((double) cap.cpuMillis() * nodeCount);
        double mem = 1.0 - (double) requested.memoryBytes() / ((double) cap.memoryBytes() * nodeCount);
        return (cpu + mem) / 2;
    }

    /** group/offering, how options are named in messages. */
    public String label() {
        return group.name() + "/" + offering.name();
    }
}
