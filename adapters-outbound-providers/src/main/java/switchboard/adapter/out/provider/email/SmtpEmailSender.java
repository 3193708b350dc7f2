package switchboard.adapter.out.provider.email;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.util.Optional;

import switchboard.application.dispatch.port.EmailSender;
import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.recipient.EmailAddress;

/**
 * Sends email over SMTP, through the server in {@code javamail.properties.*}. Without that
 * configuration there is no such bean, and the gateway captures emails instead of sending them.
 * Both requirements are needed: Micronaut declares its {@link MailPropertiesProvider} whenever
 * {@code javamail.enabled} is not false, and only refuses to build it when the properties turn
 * out to be empty, too late for a requirement on the bean alone.
 * <p>
 * Each email goes to exactly one envelope recipient, whatever its To and Cc headers show, over
 * one of at most {@code switchboard.email.smtp.pool-size} (default 4) kept-open connections.
 * Emails without a sender of their own are sent from {@code switchboard.email.from}.
 * <p>
 * Every failure comes back as a result, never as an exception: see {@link SmtpFailures}. No
 * body, attachment or credential is ever logged.
 */
@Singleton
@Requires(beans = MailPropertiesProvider.class)
@Requires(property = "javamail.properties")
public class SmtpEmailSender implements EmailSender, AutoCloseable {

    private final MimeComposer composer;
    private final TransportPool transports;

    public SmtpEmailSender(SessionProvider sessions,
                           @Value("${switchboard.email.from:switchboard@localhost}") String defaultFrom,
                           @Value("${switchboard.email.smtp.pool-size:4}") int poolSize) {
        Session session = sessions.session();
        this.composer = new MimeComposer(session, new EmailAddress(defaultFrom));
        this.transports = new TransportPool(session, poolSize);
    }

    @Override
    public String provider() {
        return "smtp";
    }

    @Override
    public AttemptResult send(OutgoingEmail email) {
        Optional<String> unsafe = MimeComposer.lineBreakIn(email);
        if (unsafe.isPresent()) {
            return new AttemptResult.Rejected(unsafe.get());
        }
        MimeMessage message;
        String messageId;
        try {
            message = composer.compose(email);
            messageId = message.getMessageID();
        } catch (MessagingException e) {
            return new AttemptResult.Rejected("the email cannot be written as MIME: " + e.getMessage());
        }
        Address[] recipient = {MimeComposer.address(email.recipient(), null)};
        try {
            TransportPool.Lent lent = transports.borrow();
            try {
                return sendOver(lent.transport(), message, recipient, messageId);
            } catch (MessagingException e) {
                if (!lent.unchecked() || !SmtpFailures.noReply(e)) {
                    return SmtpFailures.outcomeOf(e);
                }
                // The connection was lent unchecked and the server had closed it: nothing reached it, so send again.
                return sendOver(transports.borrowChecked().transport(), message, recipient, messageId);
            }
        } catch (MessagingException e) {
            return SmtpFailures.outcomeOf(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AttemptResult.Deferred("interrupted while waiting for an SMTP connection");
        }
    }

    /**
     * Sends the message over the transport and gives the transport back: kept when the
     * conversation is intact, closed otherwise.
     *
     * @throws MessagingException if the conversation broke off without the server's word on the message
     */
    private AttemptResult sendOver(Transport transport, MimeMessage message, Address[] recipient, String messageId)
            throws MessagingException {
        boolean sent = false;
        boolean refused = false;
        try {
            transport.sendMessage(message, recipient);
            sent = true;
            return new AttemptResult.Sent(messageId);
        } catch (SendFailedException e) {
            if (SmtpFailures.noReply(e)) {
                throw e;
            }
            // The server answered and the conversation is intact; it is reset before the next email.
            refused = true;
            return SmtpFailures.outcomeOf(e);
        } finally {
            if (sent || refused) {
                transports.release(transport, sent);
            } else {
                transports.discard(transport);
            }
        }
    }

    @PreDestroy
    @Override
    public void close() {
        transports.close();
    }
}
