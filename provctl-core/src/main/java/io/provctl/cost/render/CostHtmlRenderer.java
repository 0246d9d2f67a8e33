package io.provctl.cost.render;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostWarning;
import io.provctl.cost.estimate.ResourceCost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A self-contained HTML report ({@code -o html FILE}): totals, a horizontal bar chart of the monthly
 * cost per resource drawn as inline SVG (no script, no CDN, so it opens offline and in mail), the
 * breakdown table, assumptions and warnings.
 */
public final class CostHtmlRenderer {

    private static final int BAR_MAX = 420;
    private static final int ROW = 26;
    private static final int LABEL = 330;

    public String estimate(CostEstimate e, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{padding:4px 10px;text-align:left}"
                        + "td.num{text-align:right}th{border-bottom:1px solid #999}</style></head><body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p>Total: <strong>")
                .append(Money.usd(e.monthly())).append("</strong> a month (").append(Money.usd(e.hourly()))
                .append(" an hour)").append(e.complete() ? "" : "; unpriced lines are left out").append(".</p>\n");
        sb.append(chart(e.resources()));
        sb.append(table(e.resources()));
        sb.append(list("Assumptions", e.assumptions()));
        sb.append(list("Warnings", e.warnings().stream().map(CostWarning::message).toList()));
        return sb.append("</body></html>\n").toString();
    }

    private static String chart(List<ResourceCost> resources) {
        BigDecimal max = resources.stream().map(ResourceCost::monthly).reduce(BigDecimal.ONE, BigDecimal::max);
        int height = ROW * resources.size() + 10;
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " aria-label=\"Monthly cost per resource\" width=\"" + (LABEL + BAR_MAX + 110)
                + "\" height=\"" + height + "\">\n");
        for (int i = 0; i < resources.size(); i++) {
            ResourceCost r = resources.get(i);
            int y = i * ROW + 5;
            int w = r.monthly().multiply(BigDecimal.valueOf(BAR_MAX)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            sb.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">")
                    .append(esc(r.id().address())).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(w, 1)).append("\" height=\"20\" fill=\"")
                    .append(r.priced() ? "#3b7dd8" : "#d8893b").append("\"><title>")
                    .append(esc(r.id().address())).append(' ').append(Money.usd(r.monthly()))
                    .append("</title></rect>")
                    .append("<text x=\"").append(LABEL + Math.max(w, 1) + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\">").append(Money.usd(r.monthly()))
                    .append(r.priced() ? "" : " (incomplete)").append("</text>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    private static String table(List<ResourceCost> resources) {
        StringBuilder sb = new StringBuilder("<table><tr><th>Resource</th><th>Component</th><th>Detail</th>"
                + "<th>Quantity</th><th>Monthly</th></tr>\n");
        resources.forEach(r -> r.lines().forEach(l -> sb.append("<tr><td>").append(esc(r.id().address()))
                .append("</td><td>").append(esc(l.component())).append("</td><td>").append(esc(l.detail()))
                .append("</td><td class=\"num\">").append(l.quantity().toPlainString()).append(' ')
                .append(esc(l.unit())).append("</td><td class=\"num\">")
                .append(l.monthly().map(Money::usd).orElse("unpriced")).append("</td></tr>\n")));
        return sb.append("</table>\n").toString();
    }

    private static String list(String title, List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>").append(title).append("</h2><ul>\n");
        items.forEach(i -> sb.append("<li>").append(esc(i)).append("</li>\n"));
        return sb.append("</ul>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
