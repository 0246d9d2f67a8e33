package io.provctl.config;

import io.provctl.config.eval.EvalException;
import io.provctl.model.SourcePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem so one run reports them all, in file and position order. */
final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    void add(SourcePosition at, String message) {
        Diagnostic d = new Diagnostic(at, message);
        if (!found.contains(d)) {
            found.add(d);
        }
    }

    /** Records an evaluation failure, prefixed with what was being evaluated. */
    void add(EvalException e, String prefix) {
        if (!e.reported()) {
            add(e.position(), prefix + e.detail());
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(found);
        out.sort(Comparator.comparing((Diagnostic d) -> d.position().file())
                .thenComparingInt(d -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        return out;
    }
}
