package io.provctl.autoscaler.sim;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A self-contained HTML report: the summary table and three inline SVG charts (nodes, pending pods, cost
 * per hour over time), one line per policy. No script and nothing fetched, so it opens anywhere. Long runs
 * are thinned to at most {@value #MAX_POINTS} points per line by keeping each bucket's largest value, so
 * peaks stay visible.
 */
public final class HtmlReport {

    static final int MAX_POINTS = 1500;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 220;
    private static final int PAD = 40;

    private HtmlReport() {
    }

    public static String render(String title, List<SimResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "pre{background:#f6f6f6;padding:1em}svg{border:1px solid #ddd;margin-bottom:1.5em}"
                        + ".legend span{margin-right:1.5em}</style></head><body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n<pre>").append(escape(SimText.render(results)))
                .append("</pre>\n<p class=\"legend\">");
        for (int i = 0; i < results.size(); i++) {
            sb.append("<span style=\"color:").append(colour(i)).append("\">&#9632; ")
                    .append(escape(results.get(i).policy())).append("</span>");
        }
        sb.append("</p>\n");
        chart(sb, "Nodes", results, TimelinePoint::nodes);
        chart(sb, "Pending pods", results, TimelinePoint::pendingPods);
        chart(sb, "Cost per hour", results, p -> p.costPerHour().doubleValue());
        return sb.append("</body></html>\n").toString();
    }

    private static void chart(StringBuilder sb, String name, List<SimResult> results, ToDoubleFunction<TimelinePoint> value) {
        double maxT = 1;
        double maxV = 0;
        for (SimResult r : results) {
            for (TimelinePoint p : r.timeline()) {
                maxT = Math.max(maxT, p.timeMillis());
                maxV = Math.max(maxV, value.applyAsDouble(p));
            }
        }
        maxV = maxV <= 0 ? 1 : maxV;
        sb.append("<h2>").append(escape(name)).append("</h2>\n<svg width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(escape(name)).append(" over time\">\n");
        axes(sb, maxT, maxV);
        for (int i = 0; i < results.size(); i++) {
            sb.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colour(i)).append("\" points=\"");
            points(sb, results.get(i).timeline(), value, maxT, maxV);
            sb.append("\"/>\n");
        }
        sb.append("</svg>\n");
    }

    private static void axes(StringBuilder sb, double maxT, double maxV) {
        int bottom = HEIGHT - PAD / 2;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                PAD, bottom, WIDTH - 10, bottom));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                PAD, PAD, bottom));
        sb.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"18\" font-size=\"11\">%s</text>%n", label(maxV)));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>%n",
                WIDTH - 10, HEIGHT - 4, SimText.span(Duration.ofMillis((long) maxT))));
    }

    private static void points(StringBuilder sb, List<TimelinePoint> timeline, ToDoubleFunction<TimelinePoint> value,
                               double maxT, double maxV) {
        int step = Math.max(1, (timeline.size() + MAX_POINTS - 1) / MAX_POINTS);
        for (int start = 0; start < timeline.size(); start += step) {
            TimelinePoint peak = timeline.get(start);
            for (int k = start; k < Math.min(timeline.size(), start + step); k++) {
                if (value.applyAsDouble(timeline.get(k)) > value.applyAsDouble(peak)) {
                    peak = timeline.get(k);
                }
            }
            double x = PAD + (WIDTH - PAD - 10) * (timeline.get(start).timeMillis() / maxT);
            double y = (HEIGHT - PAD / 2.0) - (HEIGHT - PAD / 2.0 - 10) * (value.applyAsDouble(peak) / maxV);
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
    }

    private static String label(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
