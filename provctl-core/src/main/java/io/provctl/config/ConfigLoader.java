package io.provctl.config;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.config.hcl.Ast;
import io.provctl.config.hcl.HclParser;
import io.provctl.config.hcl.HclSyntaxException;
import io.provctl.model.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads provctl configuration from HCL ({@code .hcl}, and {@code .tf} given by mistake) and YAML
 * ({@code .yaml}, {@code .yml}) files into one {@link Configuration}. A directory stands for every
 * {@code *.hcl}, {@code *.yaml} and {@code *.yml} file in it, in name order. Every problem in every
 * file is reported together in one {@link ConfigException}.
 */
public final class ConfigLoader {

    private final InstanceTypeCatalog catalog;

    public ConfigLoader(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Loads {@code paths} (files or directories) with values for input variables from
     * {@code varFiles} (in order) and then from {@code cliVars} ({@code -var name=value}).
     */
    public Configuration load(List<Path> paths, Map<String, String> cliVars, List<Path> varFiles)
            throws ConfigException {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        for (Path p : expand(paths, diagnostics)) {
            read(p, diagnostics).ifPresent(text -> {
                texts.put(p.toString(), text);
                origins.put(p.toString(), p);
            });
        }
        List<SourceFile> vars = new ArrayList<>();
        for (Path p : varFiles) {
            read(p, diagnostics).flatMap(text -> parse(p.toString(), Optional.of(p), text, diagnostics))
                    .ifPresent(vars::add);
        }
        return decode(texts, origins, new VariableInputs(vars, cliVars), diagnostics);
    }

    /** Loads one file or directory without variable values. */
    public Configuration load(Path path) throws ConfigException {
        return load(List.of(path), Map.of(), List.of());
    }

    /** Loads configuration text; {@code fileName} names it in messages and picks HCL or YAML by extension. */
    public Configuration loadString(String fileName, String content) throws ConfigException {
        return loadStrings(Map.of(fileName, content), Map.of());
    }

    /** Loads several named texts as one configuration (in name order), with {@code -var} values. */
    public Configuration loadStrings(Map<String, String> files, Map<String, String> cliVars) throws ConfigException {
        Diagnostics diagnostics = new Diagnostics();
        return decode(new java.util.TreeMap<>(files), Map.of(), new VariableInputs(List.of(), cliVars), diagnostics);
    }

    private Configuration decode(Map<String, String> texts, Map<String, Path> origins, VariableInputs inputs,
                                 Diagnostics diagnostics) throws ConfigException {
        List<SourceFile> files = new ArrayList<>();
        texts.forEach((name, text) -> parse(name, Optional.ofNullable(origins.get(name)), text, diagnostics)
                .ifPresent(files::add));
        Configuration config = new ConfigurationDecoder(catalog, diagnostics).decode(files, inputs);
        if (!diagnostics.isEmpty()) {
            throw new ConfigException(diagnostics.sorted());
        }
        return config;
    }

    private static Optional<SourceFile> parse(String name, Optional<Path> path, String text, Diagnostics diagnostics) {
        try {
            Ast.Body body = isYaml(name)
                    ? new YamlTranslator(diagnostics).translate(YamlReader.read(text, name))
                    : HclParser.parseFile(text, name);
            return Optional.of(new SourceFile(name, path, body));
        } catch (HclSyntaxException e) {
            diagnostics.add(e.position(), e.detail());
            return Optional.empty();
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isConfigFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".hcl") || isYaml(n));
    }

    private static List<Path> expand(List<Path> paths, Diagnostics diagnostics) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> entries = Files.list(p)) {
                List<Path> found = entries.filter(ConfigLoader::isConfigFile).sorted().toList();
                if (found.isEmpty()) {
                    diagnostics.add(SourcePosition.unknown(p.toString()), "no configuration files; expected *.hcl or"
                            + " *.yaml files in this directory");
                }
                out.addAll(found);
            } catch (IOException e) {
                diagnostics.add(SourcePosition.unknown(p.toString()), "cannot list directory: " + e.getMessage());
            }
        }
        return out;
    }

    private static Optional<String> read(Path p, Diagnostics diagnostics) {
        try {
            return Optional.of(Files.readString(p));
        } catch (IOException e) {
            diagnostics.add(SourcePosition.unknown(p.toString()), "cannot read file (" + e.getClass().getSimpleName()
                    + "); expected a readable configuration file");
            return Optional.empty();
        }
    }
}
