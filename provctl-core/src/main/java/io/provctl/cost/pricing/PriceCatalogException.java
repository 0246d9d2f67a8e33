package io.provctl.cost.pricing;

/** A price file that cannot be read: the message names the file and line. */
public class PriceCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PriceCatalogException(String message) {
        super(message);
    }

    public PriceCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
