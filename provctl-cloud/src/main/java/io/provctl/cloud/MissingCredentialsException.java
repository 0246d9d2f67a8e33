package io.provctl.cloud;

import io.provctl.provider.ProviderException;

/** A real provider was asked for and the environment holds no credentials for it. */
public final class MissingCredentialsException extends ProviderException {

    public MissingCredentialsException(String message) {
        super(Kind.AUTH, message);
    }
}
