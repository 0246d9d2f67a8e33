package io.provctl.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Terraform-like address: {@code cluster.NAME}, {@code cluster.NAME.network},
 * {@code cluster.NAME.control_plane} or {@code cluster.NAME.pool.POOL}. The same address is used by
 * {@code --target}, {@code state show}, {@code history --resource}, {@code provctl local} and the
 * provider tag that makes creates idempotent.
 */
public record ResourceId(String address) implements Comparable<ResourceId> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    public ResourceId {
        Objects.requireNonNull(address, "address");
        parseParts(address);
    }

    public static ResourceId cluster(String cluster) {
        return new ResourceId("cluster." + cluster);
    }

    public static ResourceId network(String cluster) {
        return new ResourceId("cluster." + cluster + ".network");
    }

    public static ResourceId controlPlane(String cluster) {
        return new ResourceId("cluster." + cluster + ".control_plane");
    }

    public static ResourceId pool(String cluster, String pool) {
        return new ResourceId("cluster." + cluster + ".pool." + pool);
    }

    /** Parses an address typed by a user; the message says what a valid address looks like. */
    public static ResourceId parse(String address) {
        return new ResourceId(address.trim());
    }

    /** True when {@code name} can be used as a cluster or pool name inside an address. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    public ResourceKind kind() {
        String[] parts = address.split("\\.");
        if (parts.length == 2) {
            return ResourceKind.CLUSTER;
        }
        return switch (parts[2]) {
            case "network" -> ResourceKind.NETWORK;
            case "control_plane" -> ResourceKind.CONTROL_PLANE;
            default -> ResourceKind.NODE_POOL;
        };
    }

    public String clusterName() {
        return address.split("\\.")[1];
    }

    public Optional<String> poolName() {
        String[] parts = address.split("\\.");
        return parts.length == 4 ? Optional.of(parts[3]) : Optional.empty();
    }

    /** The cluster this resource belongs to (itself for a cluster). */
    public ResourceId clusterId() {
        return cluster(clusterName());
    }

    /**
     * The resource this one is built on: a pool on its control plane, the control plane on its cluster,
     * the cluster on its network. Recorded state needs no stored edges because of this.
     */
    public Optional<ResourceId> dependency() {
        return switch (kind()) {
            case NODE_POOL -> Optional.of(controlPlane(clusterName()));
            case CONTROL_PLANE -> Optional.of(cluster(clusterName()));
            case CLUSTER -> Optional.of(network(clusterName()));
            case NETWORK -> Optional.empty();
        };
    }

    /** True when this address is {@code other} or lies under it ({@code cluster.a.pool.x} under {@code cluster.a}). */
    public boolean isWithin(ResourceId other) {
        return address.equals(other.address) || (other.kind() == ResourceKind.CLUSTER
                && clusterName().equals(other.clusterName()));
    }

    @Override
    public int compareTo(ResourceId other) {
        return address.compareTo(other.address);
    }

    @Override
    public String toString() {
        return address;
    }

    private static void parseParts(String address) {
        String[] parts = address.split("\\.", -1);
        boolean ok = parts.length >= 2 && parts[0].equals("cluster") && NAME.matcher(parts[1]).matches()
                && switch (parts.length) {
                    case 2 -> true;
                    case 3 -> parts[2].equals("network") || parts[2].equals("control_plane");
                    case 4 -> parts[2].equals("pool") && NAME.matcher(parts[3]).matches();
                    default -> false;
                };
        if (!ok) {
            throw new IllegalArgumentException("invalid resource address '" + address
                    + "': expected cluster.NAME, cluster.NAME.network, cluster.NAME.control_plane"
                    + " or cluster.NAME.pool.POOL");
        }
    }
}
