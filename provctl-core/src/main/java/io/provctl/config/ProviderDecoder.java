package io.provctl.config;

import io.provctl.config.hcl.Ast;
import io.provctl.model.ProviderSpec;
import io.provctl.model.SourcePosition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes {@code provider "<name>" { region = "…", credentials = { access_key = env("AWS_ACCESS_KEY_ID") } }}
 * or the flat form {@code access_key_env = "AWS_ACCESS_KEY_ID"}. Credentials are only ever named by
 * the environment variable that holds them: a literal that looks like a secret is an error, because
 * configuration files end up in version control.
 */
final class ProviderDecoder {

    private static final String ENV_SUFFIX = "_env";

    private ProviderDecoder() {
    }

    static Optional<ProviderSpec> decode(Ast.Block block, BodyReader r) {
        String name = block.labels().get(0).value();
        if (!KnownProviders.isKnown(name)) {
            r.diagnostics().add(block.labels().get(0).position(), KnownProviders.unknownMessage(name));
        }
        Optional<String> region = r.string("region");
        Map<String, String> credentials = new LinkedHashMap<>();
        r.attribute("credentials").ifPresent(a -> readCredentialMap(a, r, credentials));
        for (Ast.Attribute a : r.attributesMatching(n -> n.endsWith(ENV_SUFFIX))) {
            String key = a.name().substring(0, a.name().length() - ENV_SUFFIX.length());
            r.string(a.name()).ifPresent(env -> checkEnvName(key, env, a.value().position(), r, credentials));
        }
        reportLiteralSecrets(r);
        r.finish();
        return Optional.of(new ProviderSpec(name, region, credentials, block.position()));
    }

    private static void readCredentialMap(Ast.Attribute a, BodyReader r, Map<String, String> out) {
        if (!(a.value() instanceof Ast.ObjectExpr obj)) {
            r.diagnostics().add(a.value().position(), "attribute \"credentials\": expected a map of"
                    + " name = env(\"VARIABLE\")");
            return;
        }
        for (Ast.ObjectItem item : obj.items()) {
            String key = item.key() instanceof Ast.NameKey n ? n.name()
                    : ((Ast.ExprKey) item.key()).expr() instanceof Ast.Template t ? t.literal().orElse("?") : "?";
            envCall(item.value()).ifPresentOrElse(
                    env -> checkEnvName(key, env, item.value().position(), r, out),
                    () -> r.diagnostics().add(item.value().position(), "credential \"" + key + "\": a secret may"
                            + " not be written in a configuration file; expected env(\"VARIABLE_NAME\")"));
        }
    }

    private static Optional<String> envCall(Ast.Expr e) {
        if (e instanceof Ast.Call c && c.function().equals("env") && c.args().size() == 1
                && c.args().get(0) instanceof Ast.Template t) {
            return t.literal();
        }
        return Optional.empty();
    }

    private static void checkEnvName(String key, String env, SourcePosition at, BodyReader r,
                                     Map<String, String> out) {
        if (!EnvironmentNames.isPlausible(env)) {
            r.diagnostics().add(at, "credential \"" + key + "\": \"" + EnvironmentNames.redact(env) + "\" does not"
                    + " look like an environment variable name; expected a name such as AWS_ACCESS_KEY_ID,"
                    + " never the secret itself");
            return;
        }
        out.put(key, env);
    }

    /** {@code secret_key = "…"} directly in the block: say how to write it instead of "unknown". */
    private static void reportLiteralSecrets(BodyReader r) {
        for (Ast.Attribute a : r.attributesMatching(EnvironmentNames::soundsSecret)) {
            r.diagnostics().add(a.position(), "attribute \"" + a.name() + "\": a secret may not be written in a"
                    + " configuration file; expected " + a.name() + "_env = \"VARIABLE_NAME\"");
        }
    }
}
