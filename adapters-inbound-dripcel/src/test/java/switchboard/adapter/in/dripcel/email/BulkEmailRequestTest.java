package switchboard.adapter.in.dripcel.email;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dripcel's bulk email as one send command: destinations, the sender, the start time, and what each refuses. */
class BulkEmailRequestTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Template WELCOME = new Template(new TemplateId("welcome"), TENANT, "Welcome",
            Content.html("Hi {{first_name}}", "<p>Welcome, {{first_name}}</p>"));

    @Test
    void theTemplateGoesToEveryDestinationOnceComparedIgnoringCase() {
        SendCommand command = request("news@acme.example", List.of("Ann@Example.com", " bob@example.com", "ann@example.com"), null,
                null).command(TENANT, WELCOME);

        assertThat(command.origin()).isEqualTo("dripcel");
        assertThat(command.content()).isEqualTo(WELCOME.content());
        assertThat(command.personalised()).isTrue();
        assertThat(command.recipients()).containsExactly(toAddress("Ann@Example.com"), toAddress("bob@example.com"));
        assertThat(command.notBefore()).isEmpty();
    }

    @Test
    void filterNonContactsSendsOnlyToContacts() {
        SendCommand command = request("news@acme.example", List.of("ann@example.com"), true, null).command(TENANT, WELCOME);

        assertThat(command.recipients()).containsExactly(new RecipientRequest.ToContactAddress(
                new Recipient(Channel.EMAIL, new EmailAddress("ann@example.com"))));
    }

    @Test
    void theSenderIsAnAddressOrANameWithItsAddress() {
        assertThat(sender("news@acme.example").from()).isEqualTo(new EmailAddress("news@acme.example"));
        assertThat(sender("news@acme.example").fromName()).isNull();
        assertThat(sender("Acme News <news@acme.example>").fromName()).isEqualTo("Acme News");
        assertThat(sender("\"Acme, the News\" <news@acme.example>").fromName()).isEqualTo("Acme, the News");
        assertThat(sender("\"Acme, the News\" <news@acme.example>").from()).isEqualTo(new EmailAddress("news@acme.example"));
        assertThat(sender(" <news@acme.example> ").fromName()).isNull();
    }

    @Test
    void toStartAtIsAnIso8601TimeWithItsOffset() {
        SendCommand command = request("news@acme.example", List.of("ann@example.com"), null, "2026-12-01T12:00:00+02:00")
                .command(TENANT, WELCOME);

        assertThat(command.notBefore()).contains(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(request("news@acme.example", List.of("ann@example.com"), null, " ").command(TENANT, WELCOME).notBefore())
                .isEmpty();
    }

    @Test
    void eachBadFieldIsRefusedNamingItAsDripcelSpellsIt() {
        assertThatThrownBy(() -> request("not a sender", List.of("ann@example.com"), null, null).command(TENANT, WELCOME))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("from: ");
        assertThatThrownBy(() -> request("news@acme.example", List.of("ann@example.com", "nobody"), null, null)
                .command(TENANT, WELCOME))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("destinations[1]: ");
        assertThatThrownBy(() -> request("news@acme.example", Arrays.asList("ann@example.com", null), null, null)
                .command(TENANT, WELCOME))
                .isInstanceOf(InvalidValueException.class).hasMessage("destinations[1]: must not be null");
        assertThatThrownBy(() -> request("news@acme.example", List.of("ann@example.com"), null, "tomorrow at noon")
                .command(TENANT, WELCOME))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("to_start_at 'tomorrow at noon' is not an ISO 8601 time such as 2023-10-01T12:00:00Z");
    }

    private static BulkEmailRequest request(String from, List<String> destinations, Boolean filterNonContacts, String toStartAt) {
        return new BulkEmailRequest(from, "welcome", destinations, filterNonContacts, toStartAt);
    }

    private static EmailOptions sender(String from) {
        return request(from, List.of("ann@example.com"), null, null).command(TENANT, WELCOME).email();
    }

    private static RecipientRequest toAddress(String address) {
        return new RecipientRequest.ToAddress(new Recipient(Channel.EMAIL, new EmailAddress(address)));
    }
}
