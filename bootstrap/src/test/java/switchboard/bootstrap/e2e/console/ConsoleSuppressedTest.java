package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.bootstrap.e2e.GatewayTest;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The suppressed addresses page over plain HTTP: listed escaped, removed only with the session's CSRF token, and by its own tenant. */
@MicronautTest(transactional = false)
class ConsoleSuppressedTest extends GatewayTest {

    private static final String HOOK = "https://hooks.example.com/in?a=1&b=2";

    @Inject
    SuppressionList suppressions;

    @Test
    void anAdminSeesItsTenantsSuppressionsAndRemovesOneAfterConfirming() {
        TenantAdmin admin = newTenantWithAdmin("Console suppressions");
        TenantId tenant = new TenantId(admin.tenantId());
        Recipient hook = Recipient.of(Channel.WEBHOOK, HOOK);
        Recipient ada = Recipient.of(Channel.EMAIL, "ada@example.com");
        suppressions.suppress(tenant, new Suppression(hook, "webhook answered 410 <Gone>", Instant.now()));
        suppressions.suppress(tenant, new Suppression(ada, "smtp 550 no such user", Instant.now()));
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String page = "/console/tenants/" + admin.tenantId() + "/suppressed";

        HttpResponse<String> listed = console.get(page);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("ada@example.com", "smtp 550 no such user", "webhook answered 410 &lt;Gone&gt;",
                "https://hooks.example.com/in?a=1&amp;b=2");

        Map<String, String> removeHook = Map.of("channel", "WEBHOOK", "address", HOOK);
        assertThat(console.post(page + "/remove", removeHook).statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(suppressions.suppressedAmong(tenant, List.of(hook))).containsExactly(hook);

        HttpResponse<String> removed = console.post(page + "/remove", Map.of("csrf", csrf, "channel", "WEBHOOK", "address", HOOK));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(suppressions.suppressedAmong(tenant, List.of(hook, ada))).containsExactly(ada);
        HttpResponse<String> after = console.get(removed.headers().firstValue("Location").orElseThrow());
        assertThat(after.body()).contains("is no longer suppressed").contains("ada@example.com")
                .doesNotContain("webhook answered 410");

        HttpResponse<String> again = console.post(page + "/remove", Map.of("csrf", csrf, "channel", "WEBHOOK", "address", HOOK));
        assertThat(again.statusCode()).as("no longer suppressed").isEqualTo(404);
    }

    @Test
    void aTenantAdminMayNotSeeOrRemoveAnotherTenantsSuppressions() {
        TenantAdmin owner = newTenantWithAdmin("Suppression owner");
        TenantAdmin neighbour = newTenantWithAdmin("Suppression neighbour");
        Recipient bob = Recipient.of(Channel.EMAIL, "bob@example.com");
        suppressions.suppress(new TenantId(owner.tenantId()), new Suppression(bob, "smtp 550", Instant.now()));
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(neighbour.username(), TENANT_ADMIN_PASSWORD);
        String page = "/console/tenants/" + owner.tenantId() + "/suppressed";

        assertThat(console.get(page).statusCode()).isEqualTo(403);
        assertThat(console.post(page + "/remove", Map.of("csrf", csrf, "channel", "EMAIL", "address", "bob@example.com"))
                .statusCode()).isEqualTo(403);
        assertThat(suppressions.suppressedAmong(new TenantId(owner.tenantId()), List.of(bob))).containsExactly(bob);
    }
}
