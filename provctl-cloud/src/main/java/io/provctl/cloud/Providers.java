package io.provctl.cloud;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudConfig;
import io.provctl.cloud.local.LocalCloudEnvironment;
import io.provctl.cloud.vpsie.RequestMetrics;
import io.provctl.cloud.vpsie.VpsieClient;
import io.provctl.cloud.vpsie.VpsieCloud;
import io.provctl.cloud.vpsie.VpsieConnections;
import io.provctl.cloud.vpsie.VpsieCredentials;
import io.provctl.cloud.vpsie.VpsiePriceSource;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.model.ProviderSpec;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.ProviderException;
import io.provctl.time.Sleeper;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the {@link CloudProvider} for a provider named in a configuration. {@code local} is always
 * the local cloud. A real provider is the local cloud standing in for it only when the user asked for
 * that with {@code --cloud local}: provctl never falls back to the simulation on its own.
 *
 * <p>One instance per process: each simulated provider is made once, so the simulated crash counts
 * the calls of the whole run. The local cloud's store is {@code <stateDir>/local-cloud/}, its faults
 * come from the {@code PROVCTL_LOCAL_*} variables (see {@link LocalCloudEnvironment}). {@code vpsie}
 * with credentials is the real VPSie API ({@link VpsieCloud}), at {@code VPSIE_API_URL} when set.
 */
public final class Providers {

    /** The local cloud's directory inside provctl's state directory. */
    public static final String LOCAL_CLOUD_DIR = "local-cloud";

    private final Path stateDir;
    private final Clock clock;
    private final Sleeper sleeper;
    private final InstanceTypeCatalog catalog;
    private final Map<String, String> env;
    private final Map<String, LocalCloud> simulated = new ConcurrentHashMap<>();
    private final Map<VpsieCredentials.VariableNames, VpsieClient> vpsie = new ConcurrentHashMap<>();

    public Providers(Path stateDir, Clock clock, Sleeper sleeper, InstanceTypeCatalog catalog,
                     Map<String, String> env) {
        this.stateDir = stateDir;
        this.clock = clock;
        this.sleeper = sleeper;
        this.catalog = catalog;
        this.env = Map.copyOf(env);
    }

    /**
     * The provider called {@code name}, with default credential variables.
     *
     * @param simulate true for {@code --cloud local}
     * @throws MissingCredentialsException  for a real provider with no credentials in the environment
     * @throws AdapterUnavailableException for a real provider this build has no adapter for
     * @throws ProviderException            of kind INVALID for a provider provctl does not know, or bad
     *                                      {@code PROVCTL_LOCAL_*} values
     */
    public CloudProvider provider(String name, boolean simulate) {
        return provider(name, ProviderCredentials.defaultsFor(name), Map.of(), simulate);
    }

    /** As {@link #provider(String, boolean)}, checking the credential variables the block names. */
    public CloudProvider provider(ProviderSpec spec, boolean simulate) {
        return provider(spec.name(), ProviderCredentials.of(spec), spec.credentialEnv(), simulate);
    }

    /**
     * VPSie's live prices (cached for an hour) when {@code vpsie} is used for real and its credentials
     * are set; empty with {@code --cloud local} or without credentials, where the catalog's prices apply.
     */
    public Optional<PriceSource> livePrices(Optional<ProviderSpec> vpsieBlock, boolean simulate) {
        if (simulate) {
            return Optional.empty();
        }
        return vpsieClient(vpsieBlock.map(ProviderSpec::credentialEnv).orElse(Map.of()))
                .map(c -> VpsiePriceSource.cached(c, io.provctl.cost.pricing.CachingPriceSource.DEFAULT_TTL, clock));
    }

    /**
     * The single-VM port of the provider called {@code name}, for the operator's nodes. Only the local
     * cloud has one in this build, so the same rules as {@link #provider(String, boolean)} apply.
     */
    public NodeProvider nodeProvider(String name, boolean simulate) {
        CloudProvider provider = provider(name, simulate);
        if (provider instanceof NodeProvider nodes) {
            return nodes;
        }
        if (provider instanceof VpsieCloud vpsie) {
            return vpsie.nodes();
        }
        throw new AdapterUnavailableException("provider \"" + name + "\" can plan and apply clusters but cannot yet"
                + " make single node VMs for the operator in this build; the operator runs with --provider local");
    }

    /** The local cloud's directory. */
    public Path localCloudDir() {
        return stateDir.resolve(LOCAL_CLOUD_DIR);
    }

    private CloudProvider provider(String name, ProviderCredentials credentials, Map<String, String> credentialEnv,
                                   boolean simulate) {
        if (!LocalCloud.PROVIDERS.contains(name)) {
            throw ProviderException.invalid("unknown provider \"" + name + "\": provctl knows "
                    + String.join(", ", LocalCloud.PROVIDERS.stream().sorted().toList()));
        }
        if (simulate || name.equals("local")) {
            return simulated.computeIfAbsent(name, this::localCloud);
        }
        if (name.equals("vpsie") && credentials.presentIn(env)) {
            return vpsieClient(credentialEnv).map(c -> new VpsieCloud(c, clock))
                    .orElseThrow(() -> realProviderUnavailable(name, credentials));
        }
        throw realProviderUnavailable(name, credentials);
    }

    /** One client per set of variables, so its rate limit and circuit breaker cover the whole run. */
    private Optional<VpsieClient> vpsieClient(Map<String, String> credentialEnv) {
        VpsieCredentials.VariableNames names = VpsieCredentials.VariableNames.of(credentialEnv);
        VpsieClient existing = vpsie.get(names);
        if (existing != null) {
            return Optional.of(existing);
        }
        Optional<VpsieClient> made = VpsieConnections.fromEnv(env, names, clock, sleeper, RequestMetrics.none());
        made.ifPresent(c -> vpsie.put(names, c));
        return made;
    }

    private LocalCloud localCloud(String name) {
        LocalCloudConfig config = LocalCloudEnvironment.read(env);
        return LocalCloud.open(name, localCloudDir(), config, catalog, clock, sleeper);
    }

    private ProviderException realProviderUnavailable(String name, ProviderCredentials credentials) {
        if (!credentials.presentIn(env)) {
            return new MissingCredentialsException("provider \"" + name + "\" needs credentials: set "
                    + credentials.describe() + ", or run with --cloud local to use the simulated cloud");
        }
        return new AdapterUnavailableException("provider \"" + name + "\": this build of provctl has no " + name
                + " adapter (its real adapter is vpsie); run with --cloud local to apply against the"
                + " local cloud standing in for " + name);
    }
}
