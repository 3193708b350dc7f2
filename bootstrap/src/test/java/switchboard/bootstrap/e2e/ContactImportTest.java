package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts imported from a streamed body, JSON lines or CSV: the good lines are stored and found
 * by their addresses, the bad ones reported by number, and the import's record tells it all.
 */
@MicronautTest(transactional = false)
class ContactImportTest extends GatewayTest {

    @Test
    void jsonLinesAreStoredWithTheirAddressesAndBadLinesAreReported() {
        TenantAdmin admin = newTenantWithAdmin("Import JSON lines");
        String body = """
                {"id":"ann","data":{"email":"ann@example.com","Name":"Ann"}}
                not json

                {"id":"bob","data":{"phone":"+27 11 111 1111","Tags":["vip"]}}
                {"data":{"email":"nobody@example.com"}}
                {"id":"ann","data":{"email":"ann.new@example.com"}}
                """;

        GatewayClient.Response created = importContacts(admin, "application/x-ndjson", body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> done = created.json();
        assertThat(done).containsEntry("format", "jsonl").containsEntry("state", "finished")
                .containsEntry("linesRead", 6).containsEntry("imported", 3).containsEntry("refused", 2);
        assertThat(done.get("errors")).isEqualTo(List.of(Map.of("line", 2, "error", "not a JSON object"),
                Map.of("line", 5, "error", "'id' is required, as a string")));
        assertThat(created.header("Location")).endsWith("/contact-imports/" + done.get("id"));
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contacts/ann", admin.token()).json().get("data"))
                .isEqualTo(Map.of("email", "ann.new@example.com"));
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contact-imports/" + done.get("id"), admin.token())
                .json()).isEqualTo(done);
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contact-imports", admin.token()).jsonList())
                .singleElement().satisfies(listed -> assertThat(object(listed)).containsEntry("id", done.get("id"))
                        .containsEntry("imported", 3).doesNotContainKey("errors"));
        GatewayClient.Response sms = client.post("/api/v1/communications/send", """
                {"subject":"Hi","body":"Hello","channels":["InApp"],"userId":"bob","isHtml":false}""", admin.token());
        assertThat(sms.status()).as("the imported contact is a user of the inbox").isEqualTo(200);
    }

    @Test
    void csvWithAHeaderRowImportsEachRecordAsTextFields() {
        TenantAdmin admin = newTenantWithAdmin("Import CSV");
        String body = "id,email,Name,City\r\n"
                + "c1,c1@example.com,\"Smith, Ann\",\r\n"
                + "c2,c2@example.com,\"Line one\nline two\",Cape Town\r\n"
                + "c3,only two\r\n"
                + ",c4@example.com,No id,\r\n";

        Map<String, Object> done = importContacts(admin, "text/csv", body).json();

        assertThat(done).containsEntry("format", "csv").containsEntry("imported", 2).containsEntry("refused", 2);
        assertThat(done.get("errors")).isEqualTo(List.of(Map.of("line", 4, "error", "the record has 2 values; the header has 4"),
                Map.of("line", 5, "error", "contact id is required")));
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contacts/c1", admin.token()).json().get("data"))
                .isEqualTo(Map.of("email", "c1@example.com", "Name", "Smith, Ann"));
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contacts/c2", admin.token()).json().get("data"))
                .isEqualTo(Map.of("email", "c2@example.com", "Name", "Line one\nline two", "City", "Cape Town"));
    }

    @Test
    void aLineWhoseDataHoldsANulCharacterIsReportedAndTheOthersKept() {
        TenantAdmin admin = newTenantWithAdmin("Import NUL");
        String body = """
                {"id":"n1","data":{"Name":"Ann\\u0000Smith"}}
                {"id":"n2","data":{"Name\\u0000":"Bob"}}
                {"id":"n3","data":{"Name":"Cy"}}
                """;

        Map<String, Object> done = importContacts(admin, "application/x-ndjson", body).json();

        assertThat(done).containsEntry("state", "finished").containsEntry("imported", 1).containsEntry("refused", 2);
        assertThat(done.get("errors")).isEqualTo(List.of(
                Map.of("line", 1, "error", "contact data cannot hold the character U+0000 (NUL)"),
                Map.of("line", 2, "error", "contact data cannot hold the character U+0000 (NUL)")));
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contacts/n3", admin.token()).json().get("data"))
                .isEqualTo(Map.of("Name", "Cy"));
    }

    @Test
    void aCsvWithoutAnIdColumnOrAnotherTenantsRouteIsRefused() {
        TenantAdmin admin = newTenantWithAdmin("Import refusals");
        TenantAdmin other = newTenantWithAdmin("Import other");

        GatewayClient.Response noId = importContacts(admin, "text/csv", "email,Name\r\na@example.com,Ann\r\n");
        GatewayClient.Response foreign = client.send(client.request("/api/v1/tenants/" + admin.tenantId() + "/contact-imports",
                other.token()).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\"}\n")));

        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().get("detail")).isEqualTo("the CSV header names no 'id' column; it has email, Name");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId() + "/contact-imports/not-an-id", admin.token()).status())
                .isEqualTo(404);
    }

    protected GatewayClient.Response importContacts(TenantAdmin admin, String contentType, String body) {
        return client.send(client.request("/api/v1/tenants/" + admin.tenantId() + "/contact-imports", admin.token())
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
