package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import switchboard.adapter.out.provider.email.ScriptedSmtpServer;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * In a real browser, on a phone's width: an email dies against a refusing SMTP server, and is replayed
 * and sent once it takes mail; then two more die, and "replay all" replays both.
 */
@MicronautTest(transactional = false)
class ConsoleReplayBrowserIT extends GatewayTest {

    private final ScriptedSmtpServer smtp = scriptedSmtp();
    private Browser browser;

    @Override
    protected Map<String, String> extraProperties() {
        return emailDeadAfterTwoAttempts(smtp);
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURI(), 390, 844);
    }

    @AfterAll
    void stop() throws IOException {
        browser.close();
        smtp.close();
    }

    @Test
    void aDeadDeliveryIsReplayedAfterAConfirmationAndSent() throws InterruptedException {
        smtp.answerRcpt("451 4.3.0 mailbox temporarily unavailable");
        client.post("/api/v1/communications/send", """
                {"subject":"Disk full","body":"Disk 3 is full","channels":["Email"],"emailAddress":"ops@example.com"}""",
                platformAdminToken());
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.open("/console/tenants/default/dead");
        By row = By.cssSelector("#dead tbody tr");
        browser.untilAfterReloads(() -> !browser.driver().findElements(row).isEmpty());
        assertThat(browser.await(row).getText()).contains("ops@example.com", "451");
        browser.screenshot("dead-deliveries-390px");
        browser.assertAccessible();

        smtp.answerRcpt("250 2.1.5 OK");
        browser.click(By.cssSelector("#dead tbody tr summary"));
        browser.screenshot("replay-confirmation-390px");
        browser.assertAccessible();
        browser.click(By.cssSelector("#dead tbody tr button"));
        assertThat(browser.await(By.id("replayed")).getText()).contains("queued again");
        browser.assertAccessible();

        browser.open("/console/tenants/default/messages");
        browser.click(By.cssSelector("table.messages tbody tr a"));
        By status = By.cssSelector("[data-testid=delivery-status]");
        browser.untilAfterReloads(() -> "SENT".equals(browser.driver().findElement(status).getText()));
        assertThat(smtp.messages()).isEqualTo(1);
        browser.screenshot("replayed-and-sent-390px");
        browser.assertAccessible();

        smtp.answerRcpt("451 4.3.0 mailbox temporarily unavailable");
        for (String address : List.of("ops@example.com", "oncall@example.com")) {
            client.post("/api/v1/communications/send", """
                    {"subject":"Disk full","body":"Disk 4 is full","channels":["Email"],"emailAddress":"%s"}""".formatted(address),
                    platformAdminToken());
        }
        browser.open("/console/tenants/default/dead?channel=EMAIL");
        browser.untilAfterReloads(() -> browser.driver().findElements(row).size() == 2);
        smtp.answerRcpt("250 2.1.5 OK");
        browser.click(By.cssSelector("#replay-all summary"));
        assertThat(browser.await(By.cssSelector("[data-testid=replay-count]")).getText()).isEqualTo("2");
        browser.screenshot("replay-all-confirmation-390px");
        browser.assertAccessible();
        browser.click(By.cssSelector("#replay-all button"));
        assertThat(browser.await(By.id("replayed-all")).getText()).isEqualTo("2 dead deliveries are queued again.");
        browser.assertAccessible();
        waitFor(() -> smtp.messages() == 3);
    }


}
