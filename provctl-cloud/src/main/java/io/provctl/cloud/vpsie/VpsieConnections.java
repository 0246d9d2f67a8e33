package io.provctl.cloud.vpsie;

import io.provctl.time.Sleeper;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link VpsieClient} from environment variables, as the CLI does. */
public final class VpsieConnections {

    private VpsieConnections() {
    }

    /**
     * A client for the credentials and URL the variables hold, or empty when they hold no credentials.
     *
     * @param names the variables to read ({@link VpsieCredentials.VariableNames#defaults()} unless a
     *              {@code provider "vpsie"} block names others)
     */
    public static Optional<VpsieClient> fromEnv(Map<String, String> env, VpsieCredentials.VariableNames names,
                                                Clock clock, Sleeper sleeper, RequestMetrics metrics) {
        return VpsieCredentials.from(env, names).map(credentials -> VpsieClient.create(
                VpsieSettings.fromEnv(env, names.url()), credentials, clock, sleeper, metrics));
    }
}
