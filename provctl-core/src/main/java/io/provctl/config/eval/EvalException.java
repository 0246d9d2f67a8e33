package io.provctl.config.eval;

import io.provctl.model.SourcePosition;

/** An expression that cannot be evaluated, with where. */
public final class EvalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final String detail;
    private final boolean reported;

    public EvalException(SourcePosition position, String detail) {
        this(position, detail, false);
    }

    /** {@code reported} marks a failure already reported elsewhere, such as a broken variable. */
    public EvalException(SourcePosition position, String detail, boolean reported) {
        super(position + ": " + detail);
        this.position = position;
        this.detail = detail;
        this.reported = reported;
    }

    public boolean reported() {
        return reported;
    }

    public SourcePosition position() {
        return position;
    }

    public String detail() {
        return detail;
    }
}
