package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import switchboard.adapter.out.persistence.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact imports again, with the gateway on PostgreSQL, where batches go through COPY; and
 * a stream longer than one batch (the bench imports a million, see bench/README.md).
 */
@MicronautTest(transactional = false)
class ContactImportOnPostgresTest extends ContactImportTest {

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.postgresProperties();
    }

    @Test
    void aLongStreamIsStoredInBatchesWithoutBeingHeldWhole() {
        TenantAdmin admin = newTenantWithAdmin("Import stream");
        int count = 12_000;

        GatewayClient.Response created = client.send(client.request("/api/v1/tenants/" + admin.tenantId() + "/contact-imports",
                admin.token()).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> lines(count))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json()).containsEntry("imported", count).containsEntry("refused", 0);
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contacts?offset=0&limit=1", admin.token()).json())
                .containsEntry("total", count);
        assertThat(client.post("/api/v1/tenants/" + admin.tenantId() + "/contacts/query",
                "{\"scope\":{\"email\":\"user11999@example.com\"}}", admin.token()).json().get("ids")).isEqualTo(List.of("u11999"));
    }

    /** Generated JSON lines, a line at a time. */
    private static InputStream lines(int count) {
        return new SequenceInputStream(new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < count;
            }

            @Override
            public InputStream nextElement() {
                int i = next++;
                return new ByteArrayInputStream(("{\"id\":\"u" + i + "\",\"data\":{\"email\":\"user" + i
                        + "@example.com\",\"Plan\":\"basic\"}}\n").getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
