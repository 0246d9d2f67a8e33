package io.provctl.cli;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.cloud.Providers;
import io.provctl.cloud.local.LocalCloudConsole;
import io.provctl.cloud.local.LocalInstanceTypes;
import io.provctl.cloud.local.Quota;
import io.provctl.config.ConfigException;
import io.provctl.config.ConfigLoader;
import io.provctl.config.Configuration;
import io.provctl.config.Diagnostic;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.model.SourcePosition;
import io.provctl.model.ProviderSpec;
import io.provctl.plan.Plan;
import io.provctl.plan.PlanJson;
import io.provctl.provider.CloudProvider;
import io.provctl.state.StateStores;
import io.provctl.state.jdbc.StoreSettings;
import io.provctl.store.Actor;
import io.provctl.store.StateStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root of one command: the working directory, the configuration, the state store and
 * the providers, each made on first use and closed with the command.
 */
public final class Workspace implements AutoCloseable {

    /** provctl's directory inside the working directory: the state and the local cloud live here. */
    public static final String DOT_DIR = ".provctl";

    private final CliEnvironment env;
    private final Path dir;
    private final Optional<String> stateLocation;
    private StateStore state;
    private Configuration configuration = Configuration.empty();
    private boolean simulate;
    private Optional<String> pricingFile = Optional.empty();
    private Providers providers;

    Workspace(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.dir = global.chdir().map(c -> env.workingDir().resolve(c)).orElse(env.workingDir()).normalize();
        this.stateLocation = global.state().or(() -> Optional.ofNullable(env.env().get("PROVCTL_STATE")));
        if (!Files.isDirectory(dir)) {
            throw new UserError("-C " + dir + ": no such directory");
        }
    }

    public Path dir() {
        return dir;
    }

    public Path resolve(String path) {
        return dir.resolve(path).normalize();
    }

    public Clock clock() {
        return env.clock();
    }

    /** The instance types validation knows: the price catalog's and the local cloud's own. */
    public InstanceTypeCatalog instanceTypes() {
        return LocalInstanceTypes.including(new CatalogInstanceTypes(PriceSources.embedded()));
    }

    /**
     * Prices: --pricing FILE, then the configuration's pricing { file }, then what VPSie's offerings API
     * charges today (when the configuration uses VPSie for real, cached for an hour), then the embedded
     * catalog.
     */
    public PriceSource prices() {
        List<PriceSource> live = usesProvider("vpsie")
                ? providerFactory().livePrices(Optional.ofNullable(configuration.providers().get("vpsie")), simulate)
                        .stream().toList()
                : List.of();
        return PriceSources.forConfiguration(configuration, pricingFile.map(this::resolve), live);
    }

    private boolean usesProvider(String name) {
        return configuration.clusters().stream().anyMatch(c -> c.provider().equals(name));
    }

    /** An estimator over {@link #prices()}; strict ones fail on an unknown price, lenient ones warn. */
    public CostEstimator estimator(boolean strict) {
        EstimateOptions options = strict ? EstimateOptions.strictDefaults() : EstimateOptions.lenientDefaults();
        return new CostEstimator(prices(), BillingPolicies.standard(), options);
    }

    /** Loads the configuration the options name (default: the working directory). */
    public Configuration configuration(ConfigOptions options) throws ConfigException {
        List<Path> paths = options.paths.isEmpty() ? List.of(dir) : options.paths.stream().map(this::resolve).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError(dir.relativize(p) + ": no such file or directory");
            }
        }
        List<Path> varFiles = options.varFiles.stream().map(this::resolve).toList();
        try {
            configuration = new ConfigLoader(instanceTypes()).load(paths, options.variables(), varFiles);
        } catch (ConfigException e) {
            throw new ConfigException(e.diagnostics().stream().map(this::relative).toList());
        }
        simulate = options.simulate();
        pricingFile = Optional.ofNullable(options.pricing);
        return configuration;
    }

    /** Names files as the user sees them from the working directory. */
    private Diagnostic relative(Diagnostic d) {
        Path file = Path.of(d.position().file());
        if (!file.isAbsolute() || !file.startsWith(dir)) {
            return d;
        }
        SourcePosition p = d.position();
        String shown = file.equals(dir) ? "." : dir.relativize(file).toString();
        return new Diagnostic(new SourcePosition(shown, p.line(), p.column()), d.message());
    }

    /**
     * The plan that makes the state match the configuration the options name, with each action's
     * monthly cost change and the budgets checked against the cost after it.
     */
    public CostedPlan plan(ConfigOptions options, List<String> targets) throws ConfigException {
        Configuration config = configuration(options);
        return Planning.forConfiguration(this, config, state().current(), Planning.targets(targets));
    }

    /** The plan that makes the state match an already loaded (for example optimised) configuration. */
    public CostedPlan plan(Configuration config) {
        configuration = config;
        return Planning.forConfiguration(this, config, state().current(), List.of());
    }

    /** The plan that destroys the targets (or everything) recorded in the state. */
    public Plan destroyPlan(ConfigOptions options, List<String> targets) {
        simulate = options.simulate();
        return Planning.forDestroy(this, state().current(), Planning.targets(targets));
    }

    /** A saved plan, when the only argument is a plan file rather than a configuration. */
    public Optional<Plan> savedPlan(ConfigOptions options) throws IOException {
        if (options.paths.size() != 1) {
            return Optional.empty();
        }
        Path file = resolve(options.paths.get(0));
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        simulate = options.simulate();
        return Optional.of(readPlan(options.paths.get(0)));
    }

    public Plan readPlan(String file) throws IOException {
        Path path = resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new UserError(file + ": no such plan file");
        }
        return PlanJson.read(Files.readString(path, StandardCharsets.UTF_8), file);
    }

    /** The state store, opened on first use (SQLite under .provctl/ unless --state says otherwise). */
    public StateStore state() {
        if (state == null) {
            String location = stateLocation.orElse(dir.resolve(DOT_DIR).resolve("state.db").toString());
            state = StateStores.open(location, StoreSettings.defaults(env.clock()).withSleeper(env.sleeper()));
        }
        return state;
    }

    /** The provider for each provider name, honouring --cloud local and the configuration's provider blocks. */
    public Function<String, CloudProvider> providers() {
        Providers factory = providerFactory();
        Map<String, ProviderSpec> blocks = configuration.providers();
        return name -> blocks.containsKey(name) ? factory.provider(blocks.get(name), simulate)
                : factory.provider(name, simulate);
    }

    /** The console of the local cloud, for out-of-band changes. */
    public LocalCloudConsole localConsole() {
        return LocalCloudConsole.open(providerFactory().localCloudDir(), instanceTypes(), env.clock(), Quota.unlimited());
    }

    public Actor actor(String command) {
        Actor me = Actor.current(command);
        return new Actor(env.env().getOrDefault("PROVCTL_ACTOR", me.user()), me.host(), me.pid(), command);
    }

    public ApplyRunner applyRunner() {
        return new ApplyRunner(env, this);
    }

    private Providers providerFactory() {
        if (providers == null) {
            providers = new Providers(dir.resolve(DOT_DIR), env.clock(), env.sleeper(), instanceTypes(), env.env());
        }
        return providers;
    }

    @Override
    public void close() {
        if (state != null) {
            state.close();
        }
    }
}
