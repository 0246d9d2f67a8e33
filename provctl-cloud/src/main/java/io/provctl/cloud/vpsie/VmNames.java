package io.provctl.cloud.vpsie;

import io.provctl.model.ResourceId;
import io.provctl.provider.CloudProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names and tags of the VMs behind one provctl resource. Both are derived from the address and the
 * node's index only, so a create that is retried or resumed asks for the same VM and finds the first.
 */
final class VmNames {

    static final String CLUSTER_TAG = "provctl.io/cluster";
    static final String INDEX_TAG = "provctl.io/node-index";
    private static final int MAX_HOSTNAME = 63;

    private VmNames() {
    }

    /** {@code cluster.demo.pool.apps}, node 2 → {@code demo-apps-2}; control plane nodes {@code demo-cp-0}. */
    static String hostname(ResourceId id, int index) {
        String role = id.poolName().orElse("cp");
        String base = (id.clusterName() + "-" + role).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String suffix = "-" + index;
        if (base.length() + suffix.length() <= MAX_HOSTNAME) {
            return base + suffix;
        }
        String hash = "-" + shortHash(id.address());
        return base.substring(0, MAX_HOSTNAME - suffix.length() - hash.length()) + hash + suffix;
    }

    static List<String> tags(ResourceId id, int index) {
        return List.of(tag(CloudProvider.RESOURCE_ID_TAG, id.address()), tag(CLUSTER_TAG, id.clusterName()),
                tag(INDEX_TAG, Integer.toString(index)));
    }

    static Optional<ResourceId> address(VpsieVm vm) {
        return vm.tag(CloudProvider.RESOURCE_ID_TAG).flatMap(VmNames::parse);
    }

    static int index(VpsieVm vm) {
        return vm.tag(INDEX_TAG).flatMap(VmNames::integer).orElse(Integer.MAX_VALUE);
    }

    static boolean isNode(VpsieVm vm, ResourceId id, int index) {
        return address(vm).filter(id::equals).isPresent() && index(vm) == index;
    }

    private static String tag(String key, String value) {
        return key + "=" + value;
    }

    private static Optional<ResourceId> parse(String address) {
        try {
            return Optional.of(ResourceId.parse(address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
