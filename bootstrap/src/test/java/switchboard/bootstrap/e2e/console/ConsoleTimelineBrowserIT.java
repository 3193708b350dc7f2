package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery's timeline in a real browser: a webhook that failed with the tenant's primary account
 * and went with its fallback shows both attempts, the fallback marked, and the page passes axe.
 */
@MicronautTest(transactional = false)
class ConsoleTimelineBrowserIT extends GatewayTest {

    private final RetriedWebhook webhook = new RetriedWebhook();
    private Browser browser;

    @Override
    protected Map<String, String> extraProperties() {
        return RetriedWebhook.settings();
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURI(), 1280, 900);
    }

    @AfterAll
    void stop() {
        browser.close();
        webhook.close();
    }

    @Test
    void aRetriedDeliveryShowsEachAttemptAndTheFallbackItWentWith() {
        TenantAdmin admin = newTenantWithAdmin("Timeline in a browser");
        String messageId = webhook.send(client, admin.tenantId(), admin.token());
        browser.open("/console/sign-in");
        browser.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

        browser.open("/console/tenants/" + admin.tenantId() + "/messages/" + messageId);
        By status = By.cssSelector("[data-testid=delivery-status]");
        browser.untilAfterReloads(() -> "SENT".equals(browser.driver().findElement(status).getText()));

        List<WebElement> steps = browser.driver().findElements(By.cssSelector("[data-testid=step]"));
        assertThat(steps).extracting(step -> step.getAttribute("data-outcome")).containsExactly("retrying", "sent");
        assertThat(steps.get(0).getText()).contains("attempt 1 through webhook", RetriedWebhook.FIRST_ERROR,
                "the tenant's primary account");
        assertThat(steps.get(1).findElement(By.cssSelector(".tag.fallback")).getText()).isEqualTo("fallback");
        browser.screenshot("message-timeline-retried");
        browser.assertAccessible();
    }
}
