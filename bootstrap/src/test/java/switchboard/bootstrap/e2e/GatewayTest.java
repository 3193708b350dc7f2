package switchboard.bootstrap.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import switchboard.adapter.out.persistence.TestDatabases;
import switchboard.adapter.out.provider.email.ScriptedSmtpServer;

/**
 * The base of the end-to-end tests: the whole gateway on a random port, in capture mode, on a
 * fresh in-memory H2 database (subclasses may choose PostgreSQL or add an SMTP server), called
 * over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayTest implements TestPropertyProvider {

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "platform admin password";
    protected static final String TENANT_ADMIN_PASSWORD = "tenant admin password";

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper jsonMapper;

    protected GatewayClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        database().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("micronaut.server.port", "-1");
        properties.put("switchboard.data-dir", temporaryDirectory());
        properties.put("switchboard.admin.username", ADMIN);
        properties.put("switchboard.admin.password", ADMIN_PASSWORD);
        properties.put("switchboard.security.bcrypt-cost", "4");
        properties.put("switchboard.dispatch.idle-poll", "50ms");
        List.of("fliplet", "capillary", "dripcel", "admin").forEach(api -> {
            properties.put("switchboard.rate-limits." + api + ".credential", "off");
            properties.put("switchboard.rate-limits." + api + ".tenant", "off");
        });
        properties.putAll(extraProperties());
        return properties;
    }

    /**
     * Settings of the test class; rate limits are off unless it sets them
     * ({@code switchboard.rate-limits.<api>.credential} or {@code .tenant}), so that tests may send freely.
     */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** The database: a fresh in-memory H2 unless a subclass says otherwise. */
    protected Map<String, Object> database() {
        return TestDatabases.h2Properties();
    }

    @BeforeEach
    void connect() {
        client = new GatewayClient(server.getURI(), jsonMapper);
    }

    /** A scripted SMTP server, for a test class to keep in a field and close after its tests. */
    protected static ScriptedSmtpServer scriptedSmtp() {
        try {
            return new ScriptedSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings that send email to the server and make a delivery dead after two quick failed attempts. */
    protected static Map<String, String> emailDeadAfterTwoAttempts(ScriptedSmtpServer smtp) {
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(smtp.port()),
                "switchboard.dispatch.max-attempts", "2",
                "switchboard.dispatch.initial-backoff", "50ms",
                "switchboard.dispatch.max-backoff", "100ms");
    }

    /** Reads a field of the JSON objects in a list, for AssertJ's {@code extracting}. */
    protected static Function<Object, Object> field(String name) {
        return entry -> ((Map<?, ?>) entry).get(name);
    }

    /** A JSON object within an answer. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    protected Map<String, Object> json(String text) {
        try {
            return jsonMapper.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String platformAdminToken() {
        return client.login(ADMIN, ADMIN_PASSWORD);
    }

    /** A new tenant with an admin of its own; returns the tenant's id and that admin's token. */
    protected TenantAdmin newTenantWithAdmin(String name) {
        String platform = platformAdminToken();
        String tenantId = (String) client.post("/api/v1/tenants", "{\"name\":\"" + name + "\"}", platform).json().get("id");
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        GatewayClient.Response created = client.post("/api/v1/tenants/" + tenantId + "/credentials",
                "{\"type\":\"admin\",\"username\":\"" + username + "\",\"password\":\"" + TENANT_ADMIN_PASSWORD + "\"}", platform);
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a tenant admin: " + created);
        }
        return new TenantAdmin(tenantId, client.login(username, TENANT_ADMIN_PASSWORD), username);
    }

    /** A new credential of the tenant; returns the answer, which holds its secret. */
    protected Map<String, Object> credential(TenantAdmin admin, String request) {
        GatewayClient.Response created = client.post("/api/v1/tenants/" + admin.tenantId() + "/credentials", request,
                admin.token());
        if (created.status() != 201) {
            throw new IllegalStateException("could not create the credential: " + created);
        }
        return created.json();
    }

    /** Capillary's Basic authentication: the username and the md5 hex digest of the password. */
    protected static String capillaryBasic(String username, String password) {
        return GatewayClient.capillaryBasic(username, password);
    }

    protected static String md5Hex(String text) {
        return GatewayClient.md5Hex(text);
    }

    /** A tenant's admin: its tenant, a token from /login, and its username (its password is {@link #TENANT_ADMIN_PASSWORD}). */
    protected record TenantAdmin(String tenantId, String token, String username) {
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("switchboard-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
