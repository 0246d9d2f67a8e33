package io.provctl.autoscaler.explain;

import io.provctl.autoscaler.scaledown.BlockedNode;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.text.TextTable;

import java.util.List;

/** The text of {@code autoscale explain}: one section per kind of finding, each a table. */
public final class ExplanationText {

    /** How many pod names a scale-up line shows before summarising the rest. */
    static final int PODS_SHOWN = 3;

    private ExplanationText() {
    }

    public static String render(Explanation e) {
        StringBuilder out = new StringBuilder();
        scaleUp(out, e.scaleUp().scaleUps());
        if (!e.scaleUp().pending().isEmpty()) {
            TextTable t = new TextTable("POD", "REASON");
            e.scaleUp().pending().forEach(p -> t.row(p.pod(), p.reason()));
            out.append("\nUnschedulable:\n").append(t.render());
        }
        if (!e.scaleUp().fitExisting().isEmpty()) {
            out.append("\n").append(e.scaleUp().fitExisting().size())
                    .append(" pending pod(s) fit existing nodes and trigger nothing.\n");
        }
        scaleDown(out, e);
        return out.toString();
    }

    private static void scaleUp(StringBuilder out, List<ScaleUpEntry> entries) {
        if (entries.isEmpty()) {
            out.append("Scale up: nothing to add.\n");
            return;
        }
        TextTable t = new TextTable("NODE GROUP", "OFFERING", "COUNT", "NEW SIZE", "PER HOUR", "PODS");
        entries.forEach(s -> t.row(s.nodeGroup(), s.offering(), s.count(), s.newSize(),
                s.addedPricePerHour().stripTrailingZeros().toPlainString(), pods(s.pods())));
        out.append("Scale up:\n").append(t.render());
    }

    private static void scaleDown(StringBuilder out, Explanation e) {
        if (e.scaleDown().heldBack().isPresent()) {
            out.append("\nScale down: held back: ").append(e.scaleDown().heldBack().get()).append(".\n");
        } else if (e.scaleDown().removals().isEmpty()) {
            out.append("\nScale down: nothing to remove.\n");
        } else {
            TextTable t = new TextTable("NODE", "NODE GROUP", "UTILIZATION", "PODS MOVED");
            e.scaleDown().removals().forEach(r -> t.row(r.node(), r.nodeGroup(), r.utilization().toPlainString(),
                    r.moves().size()));
            out.append("\nScale down:\n").append(t.render());
        }
        List<BlockedNode> blocked = e.scaleDown().blocked();
        if (!blocked.isEmpty()) {
            TextTable t = new TextTable("NODE", "REASON", "POD", "DETAIL");
            blocked.forEach(b -> t.row(b.node(), b.reason().code(), b.pod().orElse("-"), b.message()));
            out.append("\nBlocked:\n").append(t.render());
        }
    }

    private static String pods(List<String> pods) {
        if (pods.size() <= PODS_SHOWN) {
            return String.join(", ", pods);
        }
        return String.join(", ", pods.subList(0, PODS_SHOWN)) + " and " + (pods.size() - PODS_SHOWN) + " more";
    }
}
