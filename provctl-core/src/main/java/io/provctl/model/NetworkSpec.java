package io.provctl.model;

import java.util.List;

/** The {@code network} block. Absent attributes take the defaults shown in the README. */
public record NetworkSpec(String vpcCidr, List<String> availabilityZones, boolean natGateway,
                          boolean privateCluster) {

    public NetworkSpec {
        availabilityZones = List.copyOf(availabilityZones);
    }
}
