package io.provctl.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProviderCredentialsTest {

    private final ConfigLoader loader = new ConfigLoader(new FakeCatalog());

    @Test
    void credentialsAreNamedByEnvironmentVariable() throws ConfigException {
        Configuration config = loader.loadString("p.hcl", """
                provider "aws" {
                  region         = "us-east-1"
                  access_key_env = "AWS_ACCESS_KEY_ID"
                  credentials = {
                    secret_key = env("AWS_SECRET_ACCESS_KEY")
                  }
                }
                provider "vpsie" {}
                """);
        assertThat(config.providers().get("aws").credentialEnv())
                .containsEntry("access_key", "AWS_ACCESS_KEY_ID")
                .containsEntry("secret_key", "AWS_SECRET_ACCESS_KEY");
        assertThat(config.providers().get("vpsie").region()).isEmpty();
    }

    @Test
    void literalSecretsAreErrorsAndAreNotEchoed() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("p.hcl", """
                provider "aws" {
                  access_key_env = "AKIAIOSFODNN7EXAMPLE"
                  token_env      = "wJalrXUtnFEMI/K7MDENG"
                  secret_key     = "wJalrXUtnFEMI/K7MDENG"
                  credentials = {
                    password = "hunter22"
                  }
                }
                """));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "p.hcl:2:20: credential \"access_key\": \"AKIA…\" does not look like an environment variable name;"
                        + " expected a name such as AWS_ACCESS_KEY_ID, never the secret itself",
                "p.hcl:3:20: credential \"token\": \"wJal…\" does not look like an environment variable name;"
                        + " expected a name such as AWS_ACCESS_KEY_ID, never the secret itself",
                "p.hcl:4:3: attribute \"secret_key\": a secret may not be written in a configuration file; expected"
                        + " secret_key_env = \"VARIABLE_NAME\"",
                "p.hcl:6:16: credential \"password\": a secret may not be written in a configuration file; expected"
                        + " env(\"VARIABLE_NAME\")");
        assertThat(e.getMessage()).doesNotContain("hunter22", "EXAMPLE", "MDENG");
    }
}
