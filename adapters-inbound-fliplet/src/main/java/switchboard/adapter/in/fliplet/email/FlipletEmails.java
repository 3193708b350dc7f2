package switchboard.adapter.in.fliplet.email;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import switchboard.adapter.in.fliplet.InvalidRequestException;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.scope.Scope;
import switchboard.domain.scope.ScopeLimits;
import switchboard.domain.tenant.TenantId;

/** Turns Fliplet's two email forms into send commands. */
@Singleton
public class FlipletEmails {

    static final String ORIGIN = "fliplet";

    private final ScopeLimits scopeLimits;

    public FlipletEmails(ScopeLimits scopeLimits) {
        this.scopeLimits = scopeLimits;
    }

    /**
     * The message form: one delivery per address in {@code to}, whatever its type; every copy
     * shows the {@code to} addresses in its To header and the {@code cc} ones in its Cc header,
     * each with its {@code name}, and no copy shows the {@code bcc} ones. An address given twice
     * is sent to once, with the type and name it was first given with.
     */
    public SendCommand messageForm(TenantId tenantId, EmailRequest request) {
        if (request.to() == null || request.to().isEmpty()) {
            throw new InvalidRequestException("'to' needs at least one recipient");
        }
        Map<EmailAddress, Shown> shownByAddress = new LinkedHashMap<>();
        for (int i = 0; i < request.to().size(); i++) {
            EmailRecipient recipient = request.to().get(i);
            if (recipient == null || recipient.email() == null) {
                throw new InvalidRequestException("to[" + i + "] needs an email");
            }
            EmailAddress address = new EmailAddress(recipient.email().strip());
            shownByAddress.putIfAbsent(address, new Shown(new Mailbox(address, recipient.name()), type(recipient, i)));
        }
        List<RecipientRequest> recipients = shownByAddress.keySet().stream()
                .map(address -> (RecipientRequest) new RecipientRequest.ToAddress(new Recipient(Channel.EMAIL, address)))
                .toList();
        EmailOptions email = new EmailOptions(null, request.fromName(), withType(shownByAddress, "to"),
                withType(shownByAddress, "cc"), headers(request.headers()), attachments(request));
        return SendCommand.of(tenantId, ORIGIN, new Content(request.subject(), request.text(), request.html()), recipients)
                .withEmail(email);
    }

    /**
     * The scope form: {@code data.title} and {@code data.message} by email to every contact the
     * scope matches, and {@code pushNotification.payload} as a push to each of their devices.
     */
    public SendCommand scopeForm(TenantId tenantId, ScopeEmail request) {
        if (request.scope() == null) {
            throw new InvalidRequestException("'scope' is required with 'data'");
        }
        if (request.data() == null || request.data().message() == null || request.data().message().isBlank()) {
            throw new InvalidRequestException("'data.message' is required with 'scope'");
        }
        Scope scope = Scope.parse(request.scope(), scopeLimits);
        Content email = Content.text(request.data().title(), request.data().message());
        ScopeEmail.PushNotification push = request.pushNotification();
        if (push == null) {
            return SendCommand.of(tenantId, ORIGIN, email, List.of(new RecipientRequest.ToScope(Channel.EMAIL, scope)));
        }
        if (push.payload() == null || push.payload().body() == null || push.payload().body().isBlank()) {
            throw new InvalidRequestException("'pushNotification.payload.body' is required with 'pushNotification'");
        }
        return SendCommand.of(tenantId, ORIGIN, email, List.of(new RecipientRequest.ToScope(Channel.EMAIL, scope),
                        new RecipientRequest.ToScope(Channel.PUSH, scope)))
                .withChannelContent(Channel.PUSH, Content.text(push.payload().title(), push.payload().body()));
    }

    private static String type(EmailRecipient recipient, int index) {
        String type = recipient.type() == null ? "to" : recipient.type().toLowerCase(Locale.ROOT);
        if (!List.of("to", "cc", "bcc").contains(type)) {
            throw new InvalidRequestException("to[" + index + "].type is '" + recipient.type() + "'; use to, cc or bcc");
        }
        return type;
    }

    private static List<Mailbox> withType(Map<EmailAddress, Shown> shownByAddress, String type) {
        return shownByAddress.values().stream().filter(shown -> shown.type().equals(type)).map(Shown::mailbox).toList();
    }

    /** How a recipient of the message form is shown: its mailbox, in the To or Cc header or neither (bcc). */
    private record Shown(Mailbox mailbox, String type) {
    }

    private static List<EmailHeader> headers(Map<String, Object> headers) {
        if (headers == null) {
            return List.of();
        }
        return headers.entrySet().stream().map(header -> new EmailHeader(header.getKey(), String.valueOf(header.getValue())))
                .toList();
    }

    private static List<Attachment> attachments(EmailRequest request) {
        List<Attachment> attachments = new ArrayList<>();
        List<AttachmentPayload> files = request.attachments() == null ? List.of() : request.attachments();
        for (int i = 0; i < files.size(); i++) {
            attachments.add(AttachmentDecoder.attachment(files.get(i), i));
        }
        List<ImagePayload> images = request.images() == null ? List.of() : request.images();
        for (int i = 0; i < images.size(); i++) {
            attachments.add(AttachmentDecoder.image(images.get(i), i));
        }
        return attachments;
    }
}
