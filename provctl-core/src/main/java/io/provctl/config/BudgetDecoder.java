package io.provctl.config;

import io.provctl.config.hcl.Ast;
import io.provctl.model.BudgetSpec;

import java.math.BigDecimal;

import java.util.Optional;

/** Decodes {@code budget "<name>" { monthly_limit = 500, action = "warn" | "deny" }}; action defaults to warn. */
final class BudgetDecoder {

    private BudgetDecoder() {
    }

    static Optional<BudgetSpec> decode(Ast.Block block, BodyReader r) {
        String name = block.labels().get(0).value();
        Optional<BigDecimal> limit = r.required("monthly_limit", r.number("monthly_limit"));
        limit.filter(l -> l.signum() < 0).ifPresent(l -> r.error("monthly_limit", "monthly_limit is "
                + l.toPlainString() + "; expected an amount >= 0"));
        Optional<BudgetSpec.Action> action = action(r);
        r.finish();
        if (limit.isEmpty() || limit.get().signum() < 0 || action.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetSpec(name, limit.get(), action.get(), block.position()));
    }

    private static Optional<BudgetSpec.Action> action(BodyReader r) {
        String action = r.string("action").orElse("warn");
        return switch (action) {
            case "warn" -> Optional.of(BudgetSpec.Action.WARN);
            case "deny" -> Optional.of(BudgetSpec.Action.DENY);
            default -> {
                r.error("action", "invalid budget action \"" + action + "\"; expected \"warn\" or \"deny\"");
                yield Optional.empty();
            }
        };
    }

}
