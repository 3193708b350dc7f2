package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** The console's message search over plain HTTP: by recipient, channel and time range, and a bad time refused. */
@MicronautTest(transactional = false)
class ConsoleMessagesTest extends GatewayTest {

    @Test
    void messagesAreFoundByRecipientChannelAndTimeRange() {
        TenantAdmin admin = newTenantWithAdmin("Console search");
        String ada = send(admin, "ada@example.com");
        String bob = send(admin, "bob@example.com");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String messages = "/console/tenants/" + admin.tenantId() + "/messages";
        String now = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC).toString();
        String hourAgo = LocalDateTime.ofInstant(Instant.now().minus(1, ChronoUnit.HOURS), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).toString();

        assertThat(listed(console, messages + "?recipient=ada%40example.com")).contains(ada).doesNotContain(bob);
        assertThat(listed(console, messages + "?recipient=ada%40example.com&channel=EMAIL")).contains(ada);
        assertThat(listed(console, messages + "?recipient=ada%40example.com&channel=SMS")).doesNotContain(ada);
        assertThat(listed(console, messages + "?from=" + hourAgo)).contains(ada, bob);
        assertThat(listed(console, messages + "?to=" + hourAgo)).doesNotContain(ada).doesNotContain(bob);
        assertThat(listed(console, messages + "?from=" + hourAgo + "&origin=admin")).contains(ada, bob);
        assertThat(listed(console, messages + "?from=" + hourAgo + "&origin=fliplet")).doesNotContain(ada);

        HttpResponse<String> badTime = console.get(messages + "?from=yesterday");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("is not a time such as");
        HttpResponse<String> backwards = console.get(messages + "?from=" + now + "&to=" + hourAgo);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("must come before its end");
        assertThat(console.get(messages + "?channel=PIGEON").statusCode()).isEqualTo(400);
    }

    @Test
    void aCapturedSmsShowsAsABubbleWithItsSegmentsAndCost() throws InterruptedException {
        TenantAdmin admin = newTenantWithAdmin("Console bubbles");
        client.post("/api/v1/communications/send", """
                {"subject":"Code","body":"Your code is <b>1234</b> ✓","channels":["Sms"],"phoneNumber":"+97455555555"}""",
                admin.token());
        String captured = "/api/v1/tenants/" + admin.tenantId() + "/captured?channel=sms";
        waitFor(() -> !client.get(captured, admin.token()).jsonList("captured").isEmpty());
        Map<?, ?> sms = (Map<?, ?>) client.get(captured, admin.token()).jsonList("captured").get(0);
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

        HttpResponse<String> preview = console.get("/console/tenants/" + admin.tenantId() + "/messages/" + sms.get("messageId")
                + "/deliveries/" + sms.get("deliveryId") + "/preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<p class=\"bubble\" id=\"bubble\">Your code is &lt;b&gt;1234&lt;/b&gt; ✓</p>")
                .contains("+97455555555").contains("UCS_2, 1 segment(s)")
                .as("no price configured: Dripcel's default price of 1 a segment")
                .contains("<p class=\"meta\" id=\"sms-cost\">1 segment(s) × 1 = 1, by the configured prices for QA");
    }

    private static String listed(ConsoleHttp console, String path) {
        HttpResponse<String> page = console.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private String send(TenantAdmin admin, String address) {
        client.post("/api/v1/communications/send", "{\"subject\":\"Hello\",\"body\":\"Hi\",\"channels\":[\"Email\"],"
                + "\"emailAddress\":\"" + address + "\"}", admin.token());
        return (String) ((Map<?, ?>) client.get("/api/v1/tenants/" + admin.tenantId() + "/messages", admin.token())
                .jsonList("messages").get(0)).get("id");
    }
}
