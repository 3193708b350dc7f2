package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpRequest;
import java.time.Instant;

import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser, in capture mode: a credential made in the console sends through
 * the Fliplet API, and the message shows on the overview without a reload, in the list, with its
 * timeline, and as the captured email, whose script does not run; then the credential is revoked.
 */
@MicronautTest(transactional = false)
class ConsoleBrowserIT extends GatewayTest {

    /** The email's script would mark the frame's body and the console's; neither may be marked. */
    private static final String HOSTILE_HTML = "<p id=\\\"greeting\\\">Hello Ada</p>"
            + "<script>document.body.setAttribute('data-script-ran','yes');"
            + "try{parent.document.body.setAttribute('data-script-ran','yes')}catch(e){}</script>";

    @Inject
    SuppressionList suppressions;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURI(), 1280, 900);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aCredentialMadeInTheConsoleSendsAndTheMessageShowsOnEveryPage() {
        browser.open("/console/sign-in");
        browser.await(By.id("username"));
        browser.assertAccessible();
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.open("/console/tenants/default/credentials");
        browser.click(By.cssSelector("details.card > summary"));
        browser.click(By.id("create"));
        String token = browser.await(By.id("secret")).getText();
        assertThat(token).isNotBlank();
        browser.screenshot("credential-created");
        browser.assertAccessible();
        String credentialId = browser.await(By.cssSelector("#credentials tbody tr")).getAttribute("data-credential");
        browser.open("/console/tenants/default/credentials");
        browser.await(By.id("credentials"));
        assertThat(browser.driver().getPageSource()).as("the secret is shown once").doesNotContain(token);
        browser.assertAccessible();

        browser.open("/console");
        browser.await(By.id("outbox"));
        String messageId = (String) flipletEmail(token).json().get("messageId");
        By row = By.cssSelector("#live tr[data-message='" + messageId + "']");
        WebElement listed = browser.await(row);
        assertThat(listed.getText()).as("escaped, shown as typed").contains("Invoice <b>42</b>");
        browser.screenshot("overview");
        browser.assertAccessible();

        browser.open("/console/tenants/default/messages?origin=fliplet");
        browser.await(By.cssSelector("tr[data-message='" + messageId + "']"));
        browser.assertAccessible();
        browser.click(By.cssSelector("tr[data-message='" + messageId + "'] a"));
        By status = By.cssSelector("[data-testid=delivery-status]");
        browser.untilAfterReloads(() -> "CAPTURED".equals(browser.driver().findElement(status).getText()));
        assertThat(browser.await(By.cssSelector(".timeline")).getText()).contains("stored and queued", "due", "CAPTURED");
        browser.screenshot("message-timeline");
        browser.assertAccessible();

        browser.click(By.linkText("Preview what was captured"));
        WebElement frame = browser.await(By.id("email-html"));
        assertThat(frame.getAttribute("sandbox")).as("sandboxed, scripts not allowed").isEmpty();
        browser.screenshot("captured-email");
        browser.assertAccessible();
        browser.driver().switchTo().frame(frame);
        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Hello Ada");
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-script-ran")).isNull();
        browser.driver().switchTo().defaultContent();
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-script-ran")).isNull();
        assertThat(browser.await(By.cssSelector("[data-testid=subject]")).getText()).isEqualTo("Invoice <b>42</b>");
        assertThat(browser.await(By.cssSelector("#attachments a")).getAttribute("download")).isEqualTo("invoice-42.txt");
        browser.click(By.id("load-remote-images"));
        WebElement withImages = browser.await(By.cssSelector("iframe#email-html[src*='remote-images=true']"));
        assertThat(withImages.getAttribute("sandbox")).as("still sandboxed, scripts still not allowed").isEmpty();
        assertThat(browser.await(By.linkText("Block them again")).getAttribute("href")).endsWith("/preview");
        browser.assertAccessible();

        browser.open("/console/tenants/default/captured");
        browser.await(By.cssSelector("a[href*='" + messageId + "']"));
        browser.assertAccessible();

        browser.open("/console/tenants/default/credentials");
        By credential = By.cssSelector("tr[data-credential='" + credentialId + "']");
        browser.click(By.cssSelector("tr[data-credential='" + credentialId + "'] summary"));
        browser.click(By.cssSelector("tr[data-credential='" + credentialId + "'] button"));
        browser.awaitGone(By.id("credentials"), credential);
        assertThat(flipletEmail(token).status()).as("the revoked token").isEqualTo(401);
    }

    @Test
    void aTenantAdminSeesItsOwnTenantAndIsRefusedAnothers() {
        TenantAdmin neighbour = newTenantWithAdmin("Browser neighbours");
        browser.open("/console/sign-in");
        browser.driver().manage().deleteAllCookies();

        browser.signIn(neighbour.username(), TENANT_ADMIN_PASSWORD);
        assertThat(browser.await(By.cssSelector("[data-testid=tenant]")).getText()).isEqualTo(neighbour.tenantId());
        assertThat(browser.await(By.id("outbox-title")).getText()).as("its own tenant's outbox; every tenant's is the platform admin's")
                .isEqualTo("Outbox of tenant " + neighbour.tenantId());

        browser.open("/console/tenants/default/messages");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("403 Forbidden");
        assertThat(browser.await(By.id("problem")).getText()).contains("may not see tenant 'default'");
        browser.screenshot("tenant-admin-refused");
        browser.assertAccessible();
    }

    @Test
    void aSuppressedAddressIsRemovedAfterAConfirmation() {
        suppressions.suppress(new TenantId("default"), new Suppression(Recipient.of(Channel.SMS, "+27821234567"),
                "twilio 21610 unsubscribed", Instant.now()));
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.open("/console/tenants/default/suppressed");
        By row = By.cssSelector("tr[data-address='+27821234567']");
        assertThat(browser.await(row).getText()).contains("twilio 21610 unsubscribed");
        browser.click(By.cssSelector("tr[data-address='+27821234567'] summary"));
        browser.screenshot("suppressed-remove-confirmation");
        browser.assertAccessible();
        browser.click(By.cssSelector("tr[data-address='+27821234567'] button"));

        assertThat(browser.await(By.id("removed")).getText()).contains("+27821234567");
        assertThat(browser.driver().findElements(row)).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void thePlatformAdminCreatesATenant() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.click(By.linkText("Tenants"));
        browser.type(By.id("tenant-name"), "Browser tenant");
        browser.assertAccessible();
        browser.click(By.id("create-tenant"));
        String tenantId = browser.await(By.cssSelector("[data-testid=created-tenant]")).getText();
        assertThat(tenantId).startsWith("browser-tenant");
        browser.screenshot("tenant-created");
        browser.assertAccessible();

        browser.click(By.linkText("open its overview"));
        assertThat(browser.await(By.cssSelector("[data-testid=tenant]")).getText()).isEqualTo(tenantId);
    }

    @Test
    void contactsAreSearchedWithAScope() {
        client.put("/api/v1/tenants/default/contacts", """
                {"contacts":[{"id":"browser-ada","data":{"name":"Ada","team":"browser"}},
                             {"id":"browser-bob","data":{"name":"Bob","team":"browser"}}]}""", platformAdminToken());
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.open("/console/tenants/default/contacts");
        browser.type(By.id("scope"), "{\"team\":\"browser\"}");
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.await(By.id("matched")).getText()).startsWith("2 contact(s) match");
        assertThat(browser.driver().findElements(By.cssSelector("#contacts tbody tr"))).hasSize(2);
        browser.screenshot("contacts-scope");
        browser.assertAccessible();

        browser.type(By.id("scope"), "{\"team\":{\"$near\":1}}");
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.await(By.id("scope-error")).getText()).contains("unknown operator '$near'");
        browser.assertAccessible();
    }

    @Test
    void aTemplateIsEditedAndPreviewedForAContact() {
        client.put("/api/v1/tenants/default/templates/browser-welcome", """
                {"name":"Welcome","subject":"Hello {{name}}","html":"<p id=\\"line\\">Hi {{name}}</p>"}""",
                platformAdminToken());
        client.put("/api/v1/tenants/default/contacts", """
                {"contacts":[{"id":"browser-grace","data":{"name":"Grace"}}]}""", platformAdminToken());
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.click(By.linkText("Templates"));
        browser.click(By.linkText("browser-welcome"));
        browser.assertAccessible();
        browser.type(By.id("subject"), "Welcome, {{name}}");
        browser.click(By.id("save"));
        browser.await(By.id("saved"));
        browser.type(By.id("contact"), "browser-grace");
        browser.click(By.id("preview-button"));
        assertThat(browser.await(By.cssSelector("[data-testid=preview-subject]")).getText()).isEqualTo("Welcome, Grace");
        browser.screenshot("template-preview");
        browser.assertAccessible();
        browser.driver().switchTo().frame(browser.await(By.id("preview-html")));
        assertThat(browser.await(By.id("line")).getText()).isEqualTo("Hi Grace");
        browser.driver().switchTo().defaultContent();
    }

    @Test
    void aTemplateIsCreatedAndDeletedAfterAConfirmation() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.click(By.linkText("Templates"));
        browser.click(By.cssSelector("details.card > summary"));
        browser.type(By.id("new-id"), "browser-receipt");
        browser.type(By.id("new-name"), "Receipt");
        browser.type(By.id("new-text"), "Paid: {{amount}}");
        browser.assertAccessible();
        browser.click(By.id("create"));
        browser.await(By.id("saved"));
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Receipt");

        browser.click(By.cssSelector("details.confirm > summary"));
        browser.screenshot("template-delete-confirmation");
        browser.assertAccessible();
        browser.click(By.id("delete"));
        assertThat(browser.await(By.id("deleted")).getText()).contains("browser-receipt");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-template='browser-receipt']"))).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void providerAccountsAreSetTestedAndRemoved() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);

        browser.click(By.linkText("Providers"));
        browser.await(By.id("providers"));
        browser.assertAccessible();
        browser.click(By.linkText("webhook"));
        browser.type(By.id("primary-secret-signingSecret"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        browser.click(By.id("save"));
        browser.await(By.id("saved"));
        assertThat(browser.driver().findElement(By.cssSelector("label[for=primary-secret-signingSecret]")).getText())
                .contains("set; leave empty to keep it");
        assertThat(browser.driver().getPageSource()).as("the secret is never shown").doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        browser.screenshot("provider-accounts");
        browser.assertAccessible();

        browser.type(By.id("test-address"), "https://hooks.example.com/switchboard");
        browser.click(By.id("send-test"));
        assertThat(browser.await(By.id("test-result")).getText()).as("capture mode").contains("Captured, not sent");
        browser.assertAccessible();

        browser.click(By.cssSelector("details.confirm > summary"));
        browser.assertAccessible();
        browser.click(By.id("remove"));
        assertThat(browser.await(By.id("removed")).getText()).contains("webhook");
        assertThat(browser.await(By.cssSelector("tr[data-channel=webhook]")).getText()).contains("the gateway's");
        browser.assertAccessible();
    }

    /** The check the journeys make on every page finds what it is there to find. */
    @Test
    void theAccessibilityCheckFindsAFieldWithoutALabel() {
        browser.driver().get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><input id=q></main></html>");
        assertThat(browser.seriousViolations()).anySatisfy(line -> assertThat(line.toString()).startsWith("critical label:"));
    }

    private GatewayClient.Response flipletEmail(String token) {
        String body = "{\"to\":[{\"email\":\"ada@example.com\",\"type\":\"to\"}],\"subject\":\"Invoice <b>42</b>\","
                + "\"html\":\"" + HOSTILE_HTML + "\",\"attachments\":[{\"name\":\"invoice-42.txt\",\"content\":\"Total: 42\"}]}";
        return client.send(client.request("/v1/communicate/email", null).header("Auth-token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
