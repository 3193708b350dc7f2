package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event endpoint in a real browser: registered with two events ticked, its secret shown once,
 * its log showing a refused post and the ones taken after it, paused, resumed, its secret rotated
 * and the endpoint deleted after their confirmations; axe checks each page.
 */
@MicronautTest(transactional = false)
class ConsoleEventsBrowserIT extends GatewayTest {

    @RegisterExtension
    final EventReceiver receiver = new EventReceiver();

    @Override
    protected Map<String, String> extraProperties() {
        return EventReceiver.settings();
    }

    @Test
    void anEndpointIsRegisteredItsSecretShownOnceThenPausedResumedRotatedAndDeleted() {
        try (Browser browser = new Browser(server.getURI(), 1280, 900)) {
            AtomicInteger posts = new AtomicInteger();
            receiver.stub.answer(exchange -> posts.incrementAndGet() == 1 ? Reply.json(503, "{\"error\":\"deploying\"}")
                    : Reply.json(204, ""));
            TenantAdmin admin = newTenantWithAdmin("Events in a browser");
            browser.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

            browser.click(By.linkText("Events"));
            browser.await(By.cssSelector("p.empty"));
            browser.assertAccessible();
            browser.click(By.cssSelector("details.card > summary"));
            browser.type(By.id("url"), receiver.url("/events/browser"));
            browser.click(By.id("event-message-accepted"));
            browser.click(By.id("event-delivery-captured"));
            browser.type(By.id("description"), "Order service <prod>");
            browser.click(By.id("mask"));
            browser.assertAccessible();
            browser.click(By.id("create"));
            String secret = browser.await(By.id("secret")).getText();
            assertThat(secret).startsWith("whsec_");
            assertThat(browser.await(By.id("issued")).getText()).contains("shown this once and never again");
            browser.screenshot("event-endpoint-created");
            browser.assertAccessible();

            browser.click(By.linkText("Events"));
            By row = By.cssSelector("#endpoints tbody tr");
            assertThat(browser.await(row).getText()).contains("/events/browser", "message.accepted, delivery.captured",
                    "Order service <prod>", "masked", "active");
            assertThat(browser.driver().getPageSource()).as("the secret is shown once").doesNotContain(secret);
            browser.assertAccessible();

            assertThat(client.post("/api/v1/communications/send", """
                    {"subject":"Hi","body":"Hello.","channels":["Email"],"emailAddress":"ada@example.com"}""", admin.token())
                    .status()).isEqualTo(200);
            browser.click(By.cssSelector("#endpoints tbody tr a"));
            browser.untilAfterReloads(() -> browser.driver().findElements(By.cssSelector("#attempts tr[data-taken=yes]")).size() == 2);
            assertThat(browser.driver().findElement(By.cssSelector("#attempts tr[data-taken=no]")).getText())
                    .contains("message.accepted", "503", "deploying");
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);
            browser.screenshot("event-endpoint-log");
            browser.assertAccessible();

            browser.click(By.id("pause"));
            // The page the form answers has the notice where the page before it may have one: wait for its text.
            browser.awaitText(By.id("done"), "Paused");
            assertThat(browser.await(By.id("done")).getText()).startsWith("Paused");
            assertThat(browser.await(By.cssSelector("[data-testid=state]")).getText()).contains("paused", "paused by the tenant");
            browser.assertAccessible();
            browser.click(By.id("resume"));
            browser.awaitText(By.id("done"), "Resumed");
            assertThat(browser.await(By.id("done")).getText()).startsWith("Resumed");
            assertThat(browser.await(By.cssSelector("[data-testid=state]")).getText()).isEqualTo("active");

            browser.click(By.cssSelector("#rotate > summary"));
            browser.assertAccessible();
            browser.click(By.id("rotate-secret"));
            String rotated = browser.await(By.id("secret")).getText();
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
            assertThat(browser.await(By.id("rotated")).getText()).contains("The previous secret keeps signing beside it for 24h");
            browser.screenshot("event-endpoint-rotated");
            browser.assertAccessible();

            browser.click(By.cssSelector("#delete > summary"));
            browser.screenshot("event-endpoint-delete-confirmation");
            browser.assertAccessible();
            browser.click(By.id("delete-endpoint"));
            assertThat(browser.await(By.id("deleted")).getText()).contains("/events/browser");
            assertThat(browser.driver().findElements(row)).isEmpty();
            browser.assertAccessible();
        }
    }
}
