package io.provctl.cloud.local;

/** The local cloud's own store file cannot be read or written. */
public final class LocalCloudStoreException extends RuntimeException {

    public LocalCloudStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
