package switchboard.adapter.in.fliplet.email;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.adapter.in.fliplet.InvalidRequestException;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.scope.Scope;
import switchboard.domain.scope.ScopeLimits;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fliplet's two email forms as send commands, and what each refuses. */
class FlipletEmailsTest {

    private static final TenantId TENANT = new TenantId("acme");

    private final FlipletEmails emails = new FlipletEmails(ScopeLimits.DEFAULT);

    @Test
    void theMessageFormSendsToEveryAddressOnceAndShowsOnlyToAndCcInTheHeaders() {
        EmailRequest request = message(List.of(
                new EmailRecipient("ann@example.com", "Ann", null),
                new EmailRecipient(" bob@example.com ", " Bob, \"B\" Émile ", "CC"),
                new EmailRecipient("carl@example.com", null, "bcc"),
                new EmailRecipient("ann@example.com", null, "bcc")));

        SendCommand command = emails.messageForm(TENANT, request);

        assertThat(command.tenantId()).isEqualTo(TENANT);
        assertThat(command.origin()).isEqualTo("fliplet");
        assertThat(command.recipients()).containsExactly(email("ann@example.com"), email("bob@example.com"),
                email("carl@example.com"));
        assertThat(command.email().visibleTo()).containsExactly(new Mailbox(new EmailAddress("ann@example.com"), "Ann"));
        assertThat(command.email().visibleCc()).containsExactly(new Mailbox(new EmailAddress("bob@example.com"),
                "Bob, \"B\" Émile"));
        assertThat(command.email().fromName()).isEqualTo("Acme");
        assertThat(command.content()).isEqualTo(new Content("Hello", "Hi there", "<p>Hi there</p>"));
        assertThat(command.personalised()).isFalse();
    }

    @Test
    void aNameOnTwoLinesIsRefused() {
        assertThatThrownBy(() -> emails.messageForm(TENANT, message(List.of(
                new EmailRecipient("ann@example.com", "Ann\r\nBcc: eve@example.com", null)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ann@example.com").hasMessageContaining("one line");
    }

    @Test
    void headersKeepTheirOrderWithEveryValueAsText() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("X-Campaign", "spring");
        headers.put("X-Priority", 1);
        EmailRequest request = new EmailRequest(List.of(new EmailRecipient("ann@example.com", null, null)), "Hello", null,
                null, "Hi", headers, null, null, null, null, null, null);

        assertThat(emails.messageForm(TENANT, request).email().headers())
                .containsExactly(new EmailHeader("X-Campaign", "spring"), new EmailHeader("X-Priority", "1"));
    }

    @Test
    void theMessageFormNeedsRecipientsWithAddressesAndKnownTypes() {
        assertThatThrownBy(() -> emails.messageForm(TENANT, message(List.of())))
                .isInstanceOf(InvalidRequestException.class).hasMessage("'to' needs at least one recipient");
        assertThatThrownBy(() -> emails.messageForm(TENANT, message(null)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("'to' needs at least one recipient");

        List<EmailRecipient> withGap = new ArrayList<>();
        withGap.add(new EmailRecipient("ann@example.com", null, null));
        withGap.add(null);
        assertThatThrownBy(() -> emails.messageForm(TENANT, message(withGap)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("to[1] needs an email");

        assertThatThrownBy(() -> emails.messageForm(TENANT, message(List.of(new EmailRecipient("ann@example.com", null, "from")))))
                .isInstanceOf(InvalidRequestException.class).hasMessage("to[0].type is 'from'; use to, cc or bcc");
    }

    @Test
    void anAddressThatIsNotOneIsRefusedByTheDomain() {
        assertThatThrownBy(() -> emails.messageForm(TENANT, message(List.of(new EmailRecipient("not an address", null, null)))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theScopeFormSendsTheMessageByEmailToEveryContactTheScopeMatches() {
        Map<String, Object> scope = Map.of("department", "Sales");
        ScopeEmail request = new ScopeEmail(new ScopeEmail.Data("Title", "Message"), scope, null);

        SendCommand command = emails.scopeForm(TENANT, request);

        assertThat(command.content()).isEqualTo(Content.text("Title", "Message"));
        assertThat(command.recipients()).containsExactly(new RecipientRequest.ToScope(Channel.EMAIL, Scope.parse(scope)));
        assertThat(command.channelContent()).isEmpty();
    }

    @Test
    void theScopeFormWithAPushNotificationAlsoPushesItsOwnTitleAndBody() {
        Map<String, Object> scope = Map.of("department", "Sales");
        ScopeEmail request = new ScopeEmail(new ScopeEmail.Data("Title", "Message"), scope,
                new ScopeEmail.PushNotification(new ScopeEmail.Payload("Push title", "Push body")));

        SendCommand command = emails.scopeForm(TENANT, request);

        assertThat(command.recipients()).containsExactly(new RecipientRequest.ToScope(Channel.EMAIL, Scope.parse(scope)),
                new RecipientRequest.ToScope(Channel.PUSH, Scope.parse(scope)));
        assertThat(command.channelContent()).containsExactly(Map.entry(Channel.PUSH, Content.text("Push title", "Push body")));
    }

    @Test
    void theScopeFormNeedsItsScopeItsMessageAndAPushBody() {
        ScopeEmail.Data data = new ScopeEmail.Data("Title", "Message");
        Map<String, Object> scope = Map.of("department", "Sales");

        assertThatThrownBy(() -> emails.scopeForm(TENANT, new ScopeEmail(data, null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("'scope' is required with 'data'");
        assertThatThrownBy(() -> emails.scopeForm(TENANT, new ScopeEmail(new ScopeEmail.Data("Title", " "), scope, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("'data.message' is required with 'scope'");
        assertThatThrownBy(() -> emails.scopeForm(TENANT, new ScopeEmail(data, scope,
                new ScopeEmail.PushNotification(new ScopeEmail.Payload("Push title", null)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("'pushNotification.payload.body' is required with 'pushNotification'");
    }

    @Test
    void aScopeDeeperThanTheLimitsAllowIsRefused() {
        FlipletEmails shallow = new FlipletEmails(new ScopeLimits(1, 500, 500, 1_000_000));
        ScopeEmail request = new ScopeEmail(new ScopeEmail.Data("Title", "Message"),
                Map.of("$or", List.of(Map.of("age", Map.of("$gt", 30)))), null);

        assertThatThrownBy(() -> shallow.scopeForm(TENANT, request)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void eitherFormIsRecognisedByItsFields() {
        assertThat(message(List.of(new EmailRecipient("ann@example.com", null, null))).scopeForm()).isFalse();
        assertThat(new EmailRequest(null, null, null, null, null, null, null, null, null, null, Map.of(), null).scopeForm())
                .isTrue();
        assertThat(new EmailBatchRequest(null, null, Map.of(), null).scopeForm()).isTrue();
        assertThat(new EmailBatchRequest(List.of(), null, Map.of(), null).scopeForm()).isFalse();
    }

    private static EmailRequest message(List<EmailRecipient> to) {
        return new EmailRequest(to, "Hello", "Acme", "<p>Hi there</p>", "Hi there", null, null, null, null, null, null, null);
    }

    private static RecipientRequest email(String address) {
        return new RecipientRequest.ToAddress(new Recipient(Channel.EMAIL, new EmailAddress(address)));
    }
}
