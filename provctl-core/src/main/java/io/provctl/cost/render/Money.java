package io.provctl.cost.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shows money: rounded to cents (half up) only here, at the edge, with a dollar sign. */
public final class Money {

    private Money() {
    }

    /** {@code $1234.57}, or {@code -$3.10} for a negative amount. */
    public static String usd(BigDecimal amount) {
        BigDecimal c = amount.setScale(2, RoundingMode.HALF_UP);
        return (c.signum() < 0 ? "-$" + c.negate().toPlainString() : "$" + c.toPlainString());
    }

    /** A delta with its sign: {@code +$12.00}, {@code -$3.10}, {@code $0.00}. */
    public static String signed(BigDecimal amount) {
        BigDecimal c = amount.setScale(2, RoundingMode.HALF_UP);
        return c.signum() > 0 ? "+" + usd(c) : usd(c);
    }

    /** An exact unit price: all its significant decimals, and at least cents ({@code $0.10}, {@code $0.0832}). */
    public static String price(BigDecimal price) {
        BigDecimal s = price.stripTrailingZeros();
        return "$" + (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }
}
