package switchboard.adapter.in.capillary.send;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import switchboard.adapter.in.capillary.Fault;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * Email items. Every address in {@code to}, {@code cc} and {@code bcc} gets a delivery of its
 * own (an address named twice, one); each copy shows the {@code to} and {@code cc} addresses in
 * its To and Cc headers, never the {@code bcc} ones. Without {@code from}, the gateway's sender
 * ({@code SWITCHBOARD_EMAIL_FROM}) is used. A body with an HTML tag in it is sent as HTML, any
 * other as plain text; no body is an empty one, as Capillary's example answer shows.
 */
@Singleton
class EmailReader implements ItemReader<EmailItem> {

    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

    private final EchoMapper echo;
    private final String gatewaySender;

    EmailReader(EchoMapper echo, @Value("${switchboard.email.from:switchboard@localhost}") String gatewaySender) {
        this.echo = echo;
        this.gatewaySender = gatewaySender;
    }

    @Override
    public List<EmailItem> items(MessageBatch batch) {
        return batch.email();
    }

    @Override
    public Optional<SendCommand> read(EmailItem item, TenantId tenant, ItemCheck check) {
        if (blank(item.to())) {
            check.error(Fault.INVALID_EMAIL, "The recipient's email address 'to' is missing.");
        }
        List<EmailAddress> to = addresses("to", item.to(), check);
        List<EmailAddress> cc = addresses("cc", item.cc(), check);
        List<EmailAddress> bcc = addresses("bcc", item.bcc(), check);
        Optional<EmailAddress> from = addresses("from", item.from(), check).stream().findFirst();
        Optional<EmailAddress> replyTo = addresses("replyToEmail", item.replyToEmail(), check).stream().findFirst();
        if (blank(item.subject())) {
            check.error(Fault.MISSING_SUBJECT, "The 'subject' is missing.");
        }
        List<Attachment> attachments = AttachmentFiles.read(item.attachments(), check);
        Optional<Instant> notBefore = ScheduledTimes.read(item.scheduledTime(), check);
        if (check.failed()) {
            return Optional.empty();
        }
        String senderName = blank(item.labelOfSender()) ? null : item.labelOfSender().strip();
        EmailOptions options = new EmailOptions(from.orElse(null), senderName, mailboxes(to), mailboxes(cc),
                replyTo.map(address -> List.of(new EmailHeader("Reply-To", address.value()))).orElse(List.of()), attachments);
        List<RecipientRequest> recipients = Stream.of(to, cc, bcc).flatMap(List::stream).distinct()
                .map(address -> (RecipientRequest) new RecipientRequest.ToAddress(new Recipient(Channel.EMAIL, address)))
                .toList();
        return Optional.of(ItemReader.command(tenant, content(item), recipients, notBefore).withEmail(options));
    }

    @Override
    public ItemResult result(EmailItem item, ItemCheck check) {
        if (item == null) {
            return ItemResult.email(null, check);
        }
        return ItemResult.email(echo.email(item, blank(item.from()) ? gatewaySender : item.from().strip()), check);
    }

    private static Content content(EmailItem item) {
        String body = item.body() == null ? "" : item.body();
        return HTML_TAG.matcher(body).find() ? Content.html(item.subject(), body) : Content.text(item.subject(), body);
    }

    private static List<Mailbox> mailboxes(List<EmailAddress> addresses) {
        return addresses.stream().map(Mailbox::of).toList();
    }

    /** The addresses in a field, separated by commas or semicolons; none when the field is absent or empty. */
    private static List<EmailAddress> addresses(String field, String value, ItemCheck check) {
        List<EmailAddress> addresses = new ArrayList<>();
        if (value == null) {
            return addresses;
        }
        for (String part : separated(value)) {
            if (part.isBlank()) {
                continue;
            }
            try {
                addresses.add(new EmailAddress(part.strip()));
            } catch (InvalidValueException e) {
                check.error(Fault.INVALID_EMAIL, "'" + part.strip() + "' in '" + field + "' is not a valid email address.");
            }
        }
        return addresses;
    }

    /** The parts between commas and semicolons, but for those inside a quoted local part ({@code "a,b"@example.com}). */
    private static List<String> separated(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            if (quoted && character == '\\' && i + 1 < value.length()) {
                part.append(character).append(value.charAt(++i));
                continue;
            }
            if (character == '"') {
                quoted = !quoted;
            }
            if (!quoted && (character == ',' || character == ';')) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(character);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
