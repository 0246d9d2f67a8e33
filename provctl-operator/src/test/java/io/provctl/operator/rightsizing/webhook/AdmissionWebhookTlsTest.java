package io.provctl.operator.rightsizing.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook over HTTPS with a certificate from a PKCS#12 keystore, as the API server calls it. */
class AdmissionWebhookTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    @Test
    void servesAdmissionReviewsOverTls() throws Exception {
        Path keystore = selfSigned(dir.resolve("webhook.p12"));
        ObjectMapper json = new ObjectMapper();
        try (AdmissionWebhookServer server = AdmissionWebhookServer.start(new InetSocketAddress("127.0.0.1", 0),
                Optional.of(WebhookTls.fromPkcs12(keystore, PASSWORD)), new CostOptimizationAdmission(json), json)) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> response = https.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + server.port() + AdmissionWebhookServer.VALIDATE_PATH))
                    .POST(HttpRequest.BodyPublishers.ofString(AdmissionWebhookTest.review("kube-system", """
                            {"targetWorkload": {"name": "web", "kind": "Deployment"}, "optimizationType": "CPU"}""")))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json.readTree(response.body()).path("response").path("allowed").asBoolean()).isFalse();
        }
    }

    /** A test certificate for localhost, made by the JDK's keytool. */
    private static Path selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "webhook", "-keyalg", "EC",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "1",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        return file;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
