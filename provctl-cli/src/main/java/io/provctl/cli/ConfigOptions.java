package io.provctl.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which configuration to read and with which variables, and whether to simulate the clouds. */
public final class ConfigOptions {

    @Parameters(paramLabel = "CONFIG", arity = "0..*",
            description = "Configuration files or directories (*.hcl, *.yaml). Default: the working directory.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-var", "--var"}, paramLabel = "NAME=VALUE", description = "Set a variable. Repeatable.")
    List<String> vars = new ArrayList<>();

    @Option(names = {"-var-file", "--var-file"}, paramLabel = "FILE",
            description = "Read variables from FILE (name = value lines). Repeatable.")
    List<String> varFiles = new ArrayList<>();

    @Option(names = "--cloud", paramLabel = "local",
            description = "`local` runs against the embedded simulated cloud, standing in for each cluster's"
                    + " provider with that provider's instance types.")
    String cloud;

    @Option(names = "--pricing", paramLabel = "FILE",
            description = "A price file (CSV, the catalog's columns) that overrides or extends the embedded prices.")
    String pricing;

    /** Options for one configuration path, as a command that takes several configurations needs. */
    public static ConfigOptions of(List<String> paths, String pricing) {
        ConfigOptions o = new ConfigOptions();
        o.paths = new ArrayList<>(paths);
        o.pricing = pricing;
        return o;
    }

    public boolean simulate() {
        if (cloud == null) {
            return false;
        }
        if (!cloud.equals("local")) {
            throw new UserError("--cloud takes only `local` (the simulated cloud), not `" + cloud + "`");
        }
        return true;
    }

    /** The -var values by name; a value without '=' is an error naming it. */
    public Map<String, String> variables() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : vars) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new UserError("-var '" + v + "': expected NAME=VALUE");
            }
            out.put(v.substring(0, eq), v.substring(eq + 1));
        }
        return out;
    }
}
