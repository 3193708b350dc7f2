package switchboard.adapter.out.provider.email;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.EmailAddress;

/**
 * Writes an {@link OutgoingEmail} as a MIME message. The body nests only as deep as the email
 * needs: {@code multipart/mixed} for attachments, around {@code multipart/related} for inline
 * images, around {@code multipart/alternative} for an HTML body, with its text part (derived
 * from the HTML when the email came without one: clients that show no HTML show that).
 * <p>
 * There is never a Bcc header: who else gets a copy is nobody's business, and the recipient
 * of this copy is given to the server as the envelope recipient, not in the headers.
 */
final class MimeComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final EmailAddress defaultFrom;

    MimeComposer(Session session, EmailAddress defaultFrom) {
        this.session = session;
        this.defaultFrom = defaultFrom;
    }

    /**
     * The first text bound for a header that has a line break in it, described. The domain
     * refuses these already; an SMTP server would read the rest of the line as a header of
     * the caller's choosing, so they are checked again right before they are written.
     */
    static Optional<String> lineBreakIn(OutgoingEmail email) {
        if (hasLineBreak(email.subject())) {
            return Optional.of("the subject contains a line break");
        }
        if (hasLineBreak(email.fromName())) {
            return Optional.of("the sender name contains a line break");
        }
        for (EmailHeader header : email.headers()) {
            if (hasLineBreak(header.name())) {
                return Optional.of("a header name contains a line break");
            }
            if (hasLineBreak(header.value())) {
                return Optional.of("the " + header.name() + " header contains a line break");
            }
        }
        for (Attachment attachment : email.attachments()) {
            if (hasLineBreak(attachment.fileName()) || hasLineBreak(attachment.contentId())) {
                return Optional.of("an attachment's file name or content id contains a line break");
            }
        }
        return Optional.empty();
    }

    private static boolean hasLineBreak(String text) {
        return text != null && (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0);
    }

    /** The message, ready to send: headers updated and its Message-ID set. */
    MimeMessage compose(OutgoingEmail email) throws MessagingException {
        EmailAddress from = email.from().orElse(defaultFrom);
        MimeMessage message = withMessageId(messageId(from));
        message.setFrom(address(from, email.fromName()));
        if (!email.toHeader().isEmpty()) {
            message.setRecipients(RecipientType.TO, addresses(email.toHeader()));
        }
        if (!email.ccHeader().isEmpty()) {
            message.setRecipients(RecipientType.CC, addresses(email.ccHeader()));
        }
        message.setSubject(email.subject(), UTF_8);
        message.setSentDate(new Date());
        for (EmailHeader header : email.headers()) {
            message.addHeader(header.name(), encoded(header));
        }
        setBody(message, email);
        message.saveChanges();
        return message;
    }

    /** The value as RFC 2047 encoded words when it is not plain ASCII, folded to the line length limit. */
    private static String encoded(EmailHeader header) {
        try {
            return MimeUtility.fold(header.name().length() + 2, MimeUtility.encodeText(header.value(), UTF_8, null));
        } catch (UnsupportedEncodingException e) {
            throw new UncheckedIOException("UTF-8 is always supported", e);
        }
    }

    /**
     * A Message-ID in the sender's domain. Jakarta Mail would otherwise build it from the local
     * user and host names, which mean nothing to the receiving side and give away internal ones.
     */
    private static String messageId(EmailAddress from) {
        String address = from.value();
        return "<" + UUID.randomUUID() + "@" + address.substring(address.lastIndexOf('@') + 1) + ">";
    }

    private MimeMessage withMessageId(String messageId) {
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    private static void setBody(MimePart target, OutgoingEmail email) throws MessagingException {
        List<Attachment> files = email.attachments().stream().filter(attachment -> !attachment.inline()).toList();
        if (files.isEmpty()) {
            setShownBody(target, email);
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart shown = new MimeBodyPart();
        setShownBody(shown, email);
        mixed.addBodyPart(shown);
        for (Attachment file : files) {
            mixed.addBodyPart(attachmentPart(file, Part.ATTACHMENT));
        }
        target.setContent(mixed);
    }

    /** The bodies with the images they show inline. */
    private static void setShownBody(MimePart target, OutgoingEmail email) throws MessagingException {
        List<Attachment> inline = email.attachments().stream().filter(Attachment::inline).toList();
        if (inline.isEmpty()) {
            setAlternatives(target, email.text(), email.html());
            return;
        }
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart bodies = new MimeBodyPart();
        setAlternatives(bodies, email.text(), email.html());
        related.addBodyPart(bodies);
        for (Attachment image : inline) {
            MimeBodyPart part = attachmentPart(image, Part.INLINE);
            part.setContentID("<" + image.contentId() + ">");
            related.addBodyPart(part);
        }
        target.setContent(related);
    }

    /** Text alone as text/plain; HTML with a text part, derived from the HTML when none came with it. */
    private static void setAlternatives(MimePart target, String text, String html) throws MessagingException {
        if (html == null) {
            target.setText(text == null ? "" : text, UTF_8, "plain");
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart(text == null ? HtmlText.of(html) : text, "plain"));
            alternative.addBodyPart(textPart(html, "html"));
            target.setContent(alternative);
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    /**
     * A file part, always in base64: Jakarta Mail would send a text file as 7bit or
     * quoted-printable and turn its line breaks into CRLF on the way, so the file would not
     * arrive as it was given.
     */
    private static MimeBodyPart attachmentPart(Attachment attachment, String disposition) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setHeader("Content-Transfer-Encoding", "base64");
        part.setDisposition(disposition);
        part.setFileName(attachment.fileName());
        return part;
    }

    private static InternetAddress[] addresses(List<Mailbox> mailboxes) {
        return mailboxes.stream().map(mailbox -> address(mailbox.address(), mailbox.name())).toArray(InternetAddress[]::new);
    }

    /**
     * The address as the domain validated it, with the name quoted (commas, quotes) and encoded
     * (RFC 2047, when it is not plain ASCII) for the header as it needs to be.
     */
    static InternetAddress address(EmailAddress address, String name) {
        try {
            return new InternetAddress(address.value(), name == null || name.isBlank() ? null : name, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new UncheckedIOException("UTF-8 is always supported", e);
        }
    }
}
