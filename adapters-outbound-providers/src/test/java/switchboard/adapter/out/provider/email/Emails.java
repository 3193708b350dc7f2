package switchboard.adapter.out.provider.email;

import jakarta.mail.Authenticator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.EmailAddress;

/** Emails and senders for the tests. */
final class Emails {

    static final String DEFAULT_FROM = "gateway@example.org";

    private Emails() {
    }

    static EmailAddress address(String value) {
        return new EmailAddress(value);
    }

    static Mailbox mailbox(String value) {
        return Mailbox.of(address(value));
    }

    /** A plain text email that shows its own recipient in To. */
    static OutgoingEmail plain(String recipient) {
        return new OutgoingEmail(address(recipient), Optional.empty(), null, List.of(mailbox(recipient)), List.of(),
                "Hello", "Hello there", null, List.of(), List.of());
    }

    /** A sender for the SMTP server on this machine at {@code port}, through the production session provider. */
    static SmtpEmailSender sender(int port, int poolSize, Authenticator authenticator, Duration connectionWait) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", port); // a number, as YAML configuration hands it over
        return new SmtpEmailSender(new SmtpSessionProvider(() -> properties, authenticator), DEFAULT_FROM, poolSize,
                connectionWait);
    }

    static SmtpEmailSender sender(int port, int poolSize, Authenticator authenticator) {
        return sender(port, poolSize, authenticator, Duration.ofSeconds(10));
    }

    static SmtpEmailSender sender(int port, int poolSize) {
        return sender(port, poolSize, null);
    }
}
