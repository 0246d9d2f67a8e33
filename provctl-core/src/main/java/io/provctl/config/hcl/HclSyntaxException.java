package io.provctl.config.hcl;

import io.provctl.model.SourcePosition;

/** A file that is not valid HCL: the position and what was expected there. */
public final class HclSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final String detail;

    public HclSyntaxException(SourcePosition position, String detail) {
        super(position + ": " + detail);
        this.position = position;
        this.detail = detail;
    }

    public SourcePosition position() {
        return position;
    }

    public String detail() {
        return detail;
    }
}
