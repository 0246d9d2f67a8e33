package io.provctl.cli.render;

import io.provctl.text.TextTable;
import io.provctl.drift.Drift;
import io.provctl.drift.DriftReport;
import io.provctl.drift.Severity;
import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A drift report for people: a table on stdout, then why some drift is left alone. */
public final class DriftRendering {

    private DriftRendering() {
    }

    public static void table(DriftReport report, PrintWriter out) {
        if (!report.hasDrift()) {
            out.println("No drift: the providers match the recorded state.");
        } else {
            TextTable table = new TextTable("SEVERITY", "TYPE", "RESOURCE", "ATTRIBUTE", "EXPECTED", "ACTUAL", "REMEDIABLE");
            for (Drift d : report.drifts()) {
                table.row(d.severity().jsonName(), d.type().jsonName(), d.id(), d.attribute().orElse("-"),
                        value(d.expected()), value(d.actual()), d.remediable() ? "yes" : "no");
            }
            out.print(table.render());
            out.println();
            out.println(summary(report));
            List<Drift> left = report.drifts().stream().filter(d -> !d.remediable()).toList();
            if (!left.isEmpty()) {
                out.println();
                out.println("Not remediable:");
                left.forEach(d -> out.println("  " + d.id() + d.attribute().map(a -> " " + a).orElse("") + ": "
                        + d.explanation()));
            }
        }
        if (!report.unapplied().isEmpty()) {
            out.println();
            out.println("Configuration changes not applied yet (not drift; `provctl plan` shows them): "
                    + String.join(", ", report.unapplied().stream().map(ResourceId::address).toList()));
        }
    }

    /** {@code 3 drifts (1 critical, 2 medium), 2 remediable.} */
    public static String summary(DriftReport report) {
        if (!report.hasDrift()) {
            return "no drift";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Severity, Long> e : report.countBySeverity().entrySet()) {
            parts.add(e.getValue() + " " + e.getKey().jsonName());
        }
        int n = report.drifts().size();
        return n + (n == 1 ? " drift (" : " drifts (") + String.join(", ", parts) + "), "
                + report.remediable().size() + " remediable.";
    }

    private static String value(Optional<Object> v) {
        return v.map(Attributes::render).orElse("-");
    }
}
