package io.provctl.autoscaler.scaleup;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Chooses one scale-up option among several. Each is a pure function of the options; ties always end in
 * the lowest price per pod, then group and offering names, so a choice never depends on list order.
 */
public sealed interface Expander {

    /** The chosen option; {@code options} is never empty. */
    ScaleUpOption choose(List<ScaleUpOption> options);

    String name();

    /** The expander named on a command line or in a config: least-cost, least-waste, most-pods, random. */
    static Expander named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "least-cost" -> new LeastCost();
            case "least-waste" -> new LeastWaste();
            case "most-pods" -> new MostPods();
            case "random" -> new RandomChoice(0);
            case "priority" -> throw new IllegalArgumentException("the priority expander needs its priorities");
            default -> throw new IllegalArgumentException("unknown expander \"" + name
                    + "\" (least-cost, least-waste, most-pods, priority, random)");
        };
    }

    /** Lower price per hour for each pod scheduled, compared exactly: a.price × b.pods against b.price × a.pods. */
    Comparator<ScaleUpOption> CHEAPEST_PER_POD = (a, b) -> a.pricePerHour().multiply(BigDecimal.valueOf(b.pods().size()))
            .compareTo(b.pricePerHour().multiply(BigDecimal.valueOf(a.pods().size())));

    /** The final tie-breakers every expander shares. */
    Comparator<ScaleUpOption> TIE_BREAK = CHEAPEST_PER_POD
            .thenComparing(o -> -o.pods().size())
            .thenComparing(ScaleUpOption::pricePerHour)
            .thenComparing(o -> o.group().name())
            .thenComparing(o -> o.offering().name());

    /** Default: the lowest price per hour for the pods it schedules. */
    record LeastCost() implements Expander {
        @Override
        public ScaleUpOption choose(List<ScaleUpOption> options) {
            return options.stream().min(TIE_BREAK).orElseThrow();
        }

        @Override
        public String name() {
            return "least-cost";
        }
    }

    /** The least unused CPU and memory on the new nodes. */
    record LeastWaste() implements Expander {
        @Override
        public ScaleUpOption choose(List<ScaleUpOption> options) {
            return options.stream().min(Comparator.comparingDouble(ScaleUpOption::waste).thenComparing(TIE_BREAK))
                    .orElseThrow();
        }

        @Override
        public String name() {
            return "least-waste";
        }
    }

    /** The most pods scheduled. */
    record MostPods() implements Expander {
        @Override
        public ScaleUpOption choose(List<ScaleUpOption> options) {
            return options.stream().min(Comparator.comparingInt((ScaleUpOption o) -> -o.pods().size())
                    .thenComparing(TIE_BREAK)).orElseThrow();
        }

        @Override
        public String name() {
            return "most-pods";
        }
    }

    /**
     * Options whose group name, or whose {@code group/offering} label, fully matches a regex of the highest
     * priority win, as in the cluster-autoscaler's priority ConfigMap (which knows groups only; the label
     * lets a regex such as {@code [^/]+/c5\..+} rank offerings too); options no regex matches come last;
     * least-cost decides among equals.
     */
    record Priority(NavigableMap<Integer, List<Pattern>> priorities) implements Expander {

        public Priority {
            priorities = new TreeMap<>(priorities);
        }

        public static Priority of(Map<Integer, List<String>> regexes) {
            NavigableMap<Integer, List<Pattern>> compiled = new TreeMap<>();
            regexes.forEach((p, list) -> compiled.put(p, list.stream().map(Pattern::compile).toList()));
            return new Priority(compiled);
        }

        @Override
        public ScaleUpOption choose(List<ScaleUpOption> options) {
            // reversed() rather than a negated key: -Long.MIN_VALUE, the priority of no match, is itself.
            return options.stream().min(Comparator.comparingLong((ScaleUpOption o) -> priorityOf(o)).reversed()
                    .thenComparing(TIE_BREAK)).orElseThrow();
        }

        long priorityOf(ScaleUpOption option) {
            String group = option.group().name();
            String label = option.label();
            for (Map.Entry<Integer, List<Pattern>> e : priorities.descendingMap().entrySet()) {
                if (e.getValue().stream().anyMatch(p -> p.matcher(group).matches() || p.matcher(label).matches())) {
                    return e.getKey();
                }
            }
            return Long.MIN_VALUE;
        }

        @Override
        public String name() {
            return "priority";
        }
    }

    /** Any option, chosen with a seeded generator over the options in a fixed order: same input, same choice. */
    record RandomChoice(long seed) implements Expander {
        @Override
        public ScaleUpOption choose(List<ScaleUpOption> options) {
            List<ScaleUpOption> ordered = options.stream().sorted(TIE_BREAK).toList();
            return ordered.get(new SplittableRandom(seed).nextInt(ordered.size()));
        }

        @Override
        public String name() {
            return "random";
        }
    }
}
