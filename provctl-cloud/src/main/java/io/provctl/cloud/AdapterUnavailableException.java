package io.provctl.cloud;

import io.provctl.provider.ProviderException;

/** A real provider was asked for, with credentials, and this build carries no adapter for it. */
public final class AdapterUnavailableException extends ProviderException {

    public AdapterUnavailableException(String message) {
        super(Kind.INVALID, message);
    }
}
