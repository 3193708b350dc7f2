package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS in the gateway itself, through Micronaut's SSL settings and a key store made with the JDK's
 * keytool: the Admin API answers over HTTPS, with Strict-Transport-Security.
 */
@MicronautTest(transactional = false)
class TlsTest extends GatewayTest {

    private static final String STORE_PASSWORD = "tls test store password";

    private final Path keyStore = keyStore();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.ssl.enabled", "true",
                "micronaut.server.ssl.port", "-1",
                "micronaut.server.ssl.key-store.path", "file:" + keyStore,
                "micronaut.server.ssl.key-store.password", STORE_PASSWORD,
                "micronaut.server.ssl.key-store.type", "PKCS12",
                "switchboard.security.hsts-max-age", "180d");
    }

    @Test
    void answersOverHttpsWithStrictTransportSecurity() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trusting(keyStore)).build();
        assertThat(server.getURI().getScheme()).isEqualTo("https");

        HttpResponse<String> health = https.send(HttpRequest.newBuilder(server.getURI().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = https.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/tenants/default"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Strict-Transport-Security")).contains("max-age=" + 180 * 24 * 3600);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Strict-Transport-Security")).contains("max-age=" + 180 * 24 * 3600);
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theConsolesCookiesAreSecureOverTls() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trusting(keyStore)).build();

        HttpResponse<String> signIn = https.send(HttpRequest.newBuilder(server.getURI().resolve("/console/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure", "HTTPOnly", "SameSite=Strict"));
    }

    /** A self-signed key for 127.0.0.1, as an operator would make one for a trial. */
    private static Path keyStore() {
        try {
            Path store = Files.createTempDirectory("switchboard-tls").resolve("gateway.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "switchboard", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                    .redirectErrorStream(true).start();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(keytool.getInputStream().readAllBytes()));
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
