package io.provctl.cli.command;

import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.PriorityConfig;
import io.provctl.cli.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads {@code --expander NAME} with the priority expander's {@code --priority N=REGEX} options and
 * {@code --priorities FILE} (the YAML of the operator's priority ConfigMap), for the offline commands.
 */
final class ExpanderOption {

    private ExpanderOption() {
    }

    static Expander parse(String name, List<String> priorities) {
        return parse(name, priorities, Optional.empty(), Path::of);
    }

    /** {@code file} as the user typed it, for messages; {@code resolve} finds it. */
    static Expander parse(String name, List<String> priorities, Optional<String> file, Function<String, Path> resolve) {
        if (!name.equals("priority")) {
            return Expander.named(name);
        }
        Map<Integer, List<String>> byPriority = new TreeMap<>();
        file.ifPresent(f -> PriorityFile.read(resolve.apply(f), f).forEach((p, list) ->
                byPriority.computeIfAbsent(p, k -> new ArrayList<>()).addAll(list)));
        for (String p : priorities) {
            int eq = p.indexOf('=');
            try {
                byPriority.computeIfAbsent(Integer.parseInt(p.substring(0, Math.max(eq, 0)).trim()),
                        k -> new ArrayList<>()).add(p.substring(eq + 1));
            } catch (NumberFormatException e) {
                throw new UserError("--priority " + p + ": expected N=REGEX, as in 10=spot-.*");
            }
        }
        if (byPriority.isEmpty()) {
            throw new UserError("--expander priority needs --priorities FILE or at least one --priority N=REGEX");
        }
        try {
            return Expander.Priority.of(byPriority);
        } catch (IllegalArgumentException e) {
            throw new UserError("--priority: " + e.getMessage());
        }
    }

    /** The file as the ConfigMap's {@code priorities} key holds it. */
    private static final class PriorityFile {
        static Map<Integer, List<String>> read(Path file, String shown) {
            try {
                return PriorityConfig.regexes(Files.readString(file));
            } catch (IOException e) {
                throw new UserError("--priorities " + shown + ": cannot read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError("--priorities " + shown + ": " + e.getMessage());
            }
        }
    }
}
