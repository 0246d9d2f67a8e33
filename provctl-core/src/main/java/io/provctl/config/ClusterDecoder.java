package io.provctl.config;

import io.provctl.config.hcl.Ast;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ProviderSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes and checks a {@code cluster "<name>"} block. Defaults for what may be left out:
 * <ul>
 *   <li>{@code region}: the region of the matching {@code provider} block;</li>
 *   <li>{@code network}: {@code vpc_cidr = "10.0.0.0/16"}, no availability zones (the provider picks),
 *       {@code nat_gateway = false}, {@code private_cluster = false};</li>
 *   <li>{@code control_plane}: {@code type = "managed"}, {@code ha = false}, identity {@code none},
 *       empty {@code config}; {@code version} is required;</li>
 *   <li>{@code tags}: empty.</li>
 * </ul>
 */
final class ClusterDecoder {

    static final String DEFAULT_VPC_CIDR = "10.0.0.0/16";
    static final String DEFAULT_CONTROL_PLANE_TYPE = "managed";

    private final Map<String, ProviderSpec> providers;
    private final PoolDecoder pools;

    ClusterDecoder(Map<String, ProviderSpec> providers, PoolDecoder pools) {
        this.providers = providers;
        this.pools = pools;
    }

    Optional<ClusterSpec> decode(Ast.Block block, BodyReader r) {
        Ast.Label label = block.labels().get(0);
        String name = label.value();
        boolean validName = Names.checkName(name, "cluster", label.position(), r.diagnostics());
        Optional<String> provider = r.required("provider", r.string("provider"));
        provider.filter(p -> !KnownProviders.isKnown(p))
                .ifPresent(p -> r.error("provider", KnownProviders.unknownMessage(p)));
        Optional<String> region = region(r, provider);
        NetworkSpec network = r.block("network").map(b -> network(r.nested(b, "network")))
                .orElseGet(ClusterDecoder::defaultNetwork);
        Optional<Ast.Block> controlPlaneBlock = r.block("control_plane");
        Optional<ControlPlaneSpec> controlPlane = controlPlaneBlock
                .flatMap(b -> controlPlane(r.nested(b, "control_plane")));
        if (controlPlaneBlock.isEmpty()) {
            r.diagnostics().add(block.position(), "missing required block \"control_plane\" in cluster \"" + name
                    + "\"; expected control_plane { version = \"1.28\" }");
        }
        List<PoolSpec> poolSpecs = workerPools(r, provider.orElse(""));
        Map<String, String> tags = r.stringMap("tags").orElse(Map.of());
        r.finish();
        if (!validName || provider.isEmpty() || region.isEmpty() || controlPlane.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClusterSpec(name, provider.get(), region.get(), network, controlPlane.get(),
                poolSpecs, tags, block.position()));
    }

    private Optional<String> region(BodyReader r, Optional<String> provider) {
        Optional<String> region = r.string("region");
        if (region.isPresent() || provider.isEmpty() || r.positionOf("region").isPresent()) {
            return region;
        }
        Optional<String> inherited = Optional.ofNullable(providers.get(provider.get())).flatMap(ProviderSpec::region);
        if (inherited.isEmpty()) {
            r.error("provider", "missing attribute \"region\"; expected region = \"…\" in the cluster or in"
                    + " provider \"" + provider.get() + "\" { region = \"…\" }");
        }
        return inherited;
    }

    private static NetworkSpec defaultNetwork() {
        return new NetworkSpec(DEFAULT_VPC_CIDR, List.of(), false, false);
    }

    private static NetworkSpec network(BodyReader r) {
        NetworkSpec n = new NetworkSpec(
                r.string("vpc_cidr").orElse(DEFAULT_VPC_CIDR),
                r.stringList("availability_zones").orElse(List.of()),
                r.bool("nat_gateway").orElse(false),
                r.bool("private_cluster").orElse(false));
        r.finish();
        return n;
    }

    private static Optional<ControlPlaneSpec> controlPlane(BodyReader r) {
        String type = r.string("type").orElse(DEFAULT_CONTROL_PLANE_TYPE);
        Optional<String> version = r.required("version", r.quotedString("version"));
        version.filter(v -> !Names.isKubernetesVersion(v)).ifPresent(v -> r.error("version",
                "invalid Kubernetes version \"" + v + "\"; expected MAJOR.MINOR such as \"1.28\""));
        boolean ha = r.bool("ha").orElse(false);
        IdentitySpec identity = r.block("identity").map(b -> identity(r.nested(b, "identity")))
                .orElseGet(IdentitySpec::none);
        Map<String, Object> config = r.primitiveMap("config").orElse(Map.of());
        r.finish();
        return version.map(v -> new ControlPlaneSpec(type, v, ha, identity, config));
    }

    private static IdentitySpec identity(BodyReader r) {
        IdentitySpec spec = new IdentitySpec(r.string("type").orElse("none"),
                r.stringList("service_accounts").orElse(List.of()));
        r.finish();
        return spec;
    }

    private List<PoolSpec> workerPools(BodyReader r, String provider) {
        List<PoolSpec> out = new ArrayList<>();
        Map<String, Ast.Block> seen = new LinkedHashMap<>();
        for (Ast.Block wp : r.blocks("worker_pools")) {
            BodyReader wr = r.nested(wp, "worker_pools");
            for (Ast.Block pool : wr.blocks("pool")) {
                if (!wr.expectLabels(pool, 1, "the pool name")) {
                    continue;
                }
                String name = pool.labels().get(0).value();
                Ast.Block first = seen.putIfAbsent(name, pool);
                if (first != null) {
                    r.diagnostics().add(pool.position(), "duplicate pool \"" + name + "\"; first defined at "
                            + BodyReader.at(first.position()));
                    continue;
                }
                pools.decode(pool, wr.nested(pool, "pool \"" + name + "\""), provider).ifPresent(out::add);
            }
            wr.finish();
        }
        return out;
    }
}
