package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** The overview's outbox over plain HTTP: a tenant admin's own counts, the platform admin's every tenant's, and the last hour's chart. */
@MicronautTest(transactional = false)
class ConsoleOverviewTest extends GatewayTest {

    @Test
    void aTenantAdminSeesItsOwnOutboxAndTheLastHoursChartShowsItsSend() throws InterruptedException {
        TenantAdmin admin = newTenantWithAdmin("Console overview");
        TenantAdmin neighbour = newTenantWithAdmin("Console overview neighbour");
        sendCapturedSms(neighbour);
        sendCapturedSms(neighbour);
        sendCapturedSms(admin);
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String overview = "/console/tenants/" + admin.tenantId() + "/overview";

        HttpResponse<String> page = console.get(overview);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Outbox of tenant " + admin.tenantId()).doesNotContain("Outbox, every tenant")
                .as("no inline style, which the policy would block").doesNotContain(" style=");
        String sms = row(page.body(), "SMS");
        assertThat(sms).as("its own send only, not the neighbour's two").contains("<td data-count=\"captured\">1</td>")
                .contains("<td data-count=\"failed\">0</td>").contains("data-finished=\"1\"").contains("<rect class=\"succeeded\"")
                .contains("aria-label=\"SMS: 1 finished in the last hour (0 failed), at most 1 in a minute\"");
        assertThat(row(page.body(), "EMAIL")).contains("data-finished=\"0\"").doesNotContain("<rect");
        assertThat(row(console.get(overview + "/live").body(), "SMS")).as("the refreshed part too")
                .contains("<td data-count=\"captured\">1</td>");

        ConsoleHttp platform = new ConsoleHttp(server.getURI());
        platform.signIn(ADMIN, ADMIN_PASSWORD);
        String everyTenant = platform.get(overview).body();
        assertThat(everyTenant).contains("Outbox, every tenant");
        assertThat(count(row(everyTenant, "SMS"), "captured")).isGreaterThanOrEqualTo(3);
    }

    private void sendCapturedSms(TenantAdmin admin) throws InterruptedException {
        String captured = "/api/v1/tenants/" + admin.tenantId() + "/captured?channel=sms";
        int before = client.get(captured, admin.token()).jsonList("captured").size();
        client.post("/api/v1/communications/send", """
                {"subject":"Code","body":"Your code is 1234","channels":["Sms"],"phoneNumber":"+97455555555"}""", admin.token());
        waitFor(() -> client.get(captured, admin.token()).jsonList("captured").size() > before);
    }

    private static String row(String page, String channel) {
        Matcher row = Pattern.compile("<tr data-channel=\"" + channel + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row for " + channel).isTrue();
        return row.group(1);
    }

    private static long count(String row, String column) {
        Matcher cell = Pattern.compile("<td data-count=\"" + column + "\">(\\d+)</td>").matcher(row);
        assertThat(cell.find()).as(column).isTrue();
        return Long.parseLong(cell.group(1));
    }
}
