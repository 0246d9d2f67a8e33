package io.provctl.config;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.config.hcl.Ast;
import io.provctl.model.PoolSpec;
import io.provctl.model.SpotSpec;
import io.provctl.model.TaintSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes and checks a {@code pool "<name>"} block. {@code instance_type}, {@code min_size} and
 * {@code max_size} are required; {@code desired_size} defaults to {@code min_size}; a {@code spot}
 * block means spot capacity unless it says {@code enabled = false}, with no price cap unless
 * {@code max_price} is set; a taint's {@code value} defaults to "".
 */
final class PoolDecoder {

    static final List<String> TAINT_EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    private final InstanceTypeCatalog catalog;

    PoolDecoder(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<PoolSpec> decode(Ast.Block block, BodyReader r, String provider) {
        Ast.Label label = block.labels().get(0);
        boolean validName = Names.checkName(label.value(), "pool", label.position(), r.diagnostics());
        Optional<String> instanceType = r.required("instance_type", r.string("instance_type"));
        instanceType.ifPresent(t -> checkInstanceType(t, provider, r));
        Optional<Integer> min = r.required("min_size", r.integer("min_size"));
        Optional<Integer> max = r.required("max_size", r.integer("max_size"));
        Optional<Integer> desired = r.integer("desired_size");
        boolean sizesOk = checkSizes(r, min, max, desired);
        SpotSpec spot = r.block("spot").map(b -> spot(r.nested(b, "spot"))).orElseGet(SpotSpec::disabled);
        Map<String, String> labels = r.stringMap("labels").orElse(Map.of());
        List<TaintSpec> taints = new ArrayList<>();
        for (Ast.Block t : r.blocks("taints")) {
            taint(r.nested(t, "taints")).ifPresent(taints::add);
        }
        Map<String, Object> config = r.primitiveMap("config").orElse(Map.of());
        r.finish();
        if (!validName || !sizesOk || instanceType.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PoolSpec(label.value(), instanceType.get(), min.get(), max.get(),
                desired.orElse(min.get()), spot, labels, taints, config, block.position()));
    }

    private void checkInstanceType(String type, String provider, BodyReader r) {
        if (!catalog.providers().contains(provider)) {
            return;
        }
        Set<String> known = catalog.instanceTypes(provider);
        if (!known.contains(type)) {
            String hint = Suggestions.didYouMean(type, known);
            r.error("instance_type", "unknown instance type \"" + type + "\" for provider " + provider
                    + (hint.isEmpty() ? "; expected a type from the " + provider + " catalog" : hint));
        }
    }

    private static boolean checkSizes(BodyReader r, Optional<Integer> min, Optional<Integer> max,
                                      Optional<Integer> desired) {
        boolean ok = min.isPresent() && max.isPresent();
        ok &= nonNegative(r, "min_size", min) & nonNegative(r, "max_size", max) & nonNegative(r, "desired_size", desired);
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            r.error("min_size", "min_size " + min.get() + " is greater than max_size " + max.get()
                    + "; expected min_size <= max_size");
            return false;
        }
        if (ok && desired.isPresent() && (desired.get() < min.get() || desired.get() > max.get())) {
            r.error("desired_size", "desired_size " + desired.get() + " is outside [" + min.get() + ", "
                    + max.get() + "]; expected min_size <= desired_size <= max_size");
            return false;
        }
        return ok;
    }

    private static boolean nonNegative(BodyReader r, String name, Optional<Integer> value) {
        if (value.isPresent() && value.get() < 0) {
            r.error(name, name + " is " + value.get() + "; expected a number >= 0");
            return false;
        }
        return true;
    }

    private static SpotSpec spot(BodyReader r) {
        boolean enabled = r.bool("enabled").orElse(true);
        Optional<BigDecimal> maxPrice = r.number("max_price");
        maxPrice.filter(p -> p.signum() <= 0).ifPresent(p -> r.error("max_price", "max_price is "
                + p.toPlainString() + "; expected a price > 0 (leave it out for no cap)"));
        r.finish();
        return new SpotSpec(enabled, maxPrice.filter(p -> p.signum() > 0));
    }

    private static Optional<TaintSpec> taint(BodyReader r) {
        Optional<String> key = r.required("key", r.string("key"));
        String value = r.string("value").orElse("");
        Optional<String> effect = r.required("effect", r.string("effect"));
        effect.filter(e -> !TAINT_EFFECTS.contains(e)).ifPresent(e -> r.error("effect", "invalid taint effect \""
                + e + "\"; expected one of " + String.join(", ", TAINT_EFFECTS)
                + Suggestions.didYouMean(e, TAINT_EFFECTS)));
        r.finish();
        if (key.isEmpty() || effect.isEmpty() || !TAINT_EFFECTS.contains(effect.get())) {
            return Optional.empty();
        }
        return Optional.of(new TaintSpec(key.get(), value, effect.get()));
    }
}
