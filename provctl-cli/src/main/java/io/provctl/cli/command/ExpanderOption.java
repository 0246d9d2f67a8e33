package io.provctl.cli.command;

import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.cli.UserError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code --expander NAME} with its {@code --priority N=REGEX} options, for every command that scales. */
final class ExpanderOption {

    private ExpanderOption() {
    }

    static Expander parse(String name, List<String> priorities) {
        if (!name.equals("priority")) {
            return Expander.named(name);
        }
        if (priorities.isEmpty()) {
            throw new UserError("--expander priority needs at least one --priority N=REGEX");
        }
        Map<Integer, List<String>> byPriority = new LinkedHashMap<>();
        for (String p : priorities) {
            int eq = p.indexOf('=');
            try {
                byPriority.computeIfAbsent(Integer.parseInt(p.substring(0, Math.max(eq, 0)).trim()),
                        k -> new ArrayList<>()).add(p.substring(eq + 1));
            } catch (NumberFormatException e) {
                throw new UserError("--priority " + p + ": expected N=REGEX, as in 10=spot-.*");
            }
        }
        return Expander.Priority.of(byPriority);
    }
}
