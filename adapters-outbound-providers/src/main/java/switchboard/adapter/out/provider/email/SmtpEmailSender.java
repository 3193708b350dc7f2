package switchboard.adapter.out.provider.email;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import switchboard.application.dispatch.port.EmailSender;
import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.EmailAddress;

/**
 * Sends email over SMTP, through the server in {@code javamail.properties.*}. Without that
 * configuration there is no such bean, and the gateway captures emails instead of sending them.
 * Both requirements are needed: Micronaut declares its {@link MailPropertiesProvider} whenever
 * {@code javamail.enabled} is not false, and only refuses to build it when the properties turn
 * out to be empty, too late for a requirement on the bean alone.
 * <p>
 * Each email goes to exactly one envelope recipient, whatever its To and Cc headers show, over
 * one of at most {@code switchboard.email.smtp.pool-size} (default 4) kept-open connections. An
 * email that finds none free within {@code switchboard.email.smtp.connection-wait} (10 s) is
 * deferred: its lease was checked before the wait, and must still hold when it is sent.
 * Emails without a sender of their own are sent from {@code switchboard.email.from}.
 * <p>
 * An email with an internationalised address (RFC 6531: {@code josé@example.com}, or an IDN
 * domain), whether its recipient, its sender or one its To or Cc header shows, goes over
 * connections of its own, of a session that allows UTF-8 (at most as many again), and only to a
 * server that offers SMTPUTF8 in its EHLO answer; to one that does not, it fails for good, saying so.
 * <p>
 * Every failure comes back as a result, never as an exception: see {@link SmtpFailures}. No
 * body, attachment or credential is ever logged.
 */
@Singleton
@Requires(beans = MailPropertiesProvider.class)
@Requires(property = "javamail.properties")
public class SmtpEmailSender implements EmailSender, AutoCloseable {

    private static final String SMTPUTF8 = "SMTPUTF8";

    private final EmailAddress defaultFrom;
    private final Route ascii;
    private final Route utf8;

    public SmtpEmailSender(SmtpSessionProvider sessions,
                           @Value("${switchboard.email.from:switchboard@localhost}") String defaultFrom,
                           @Value("${switchboard.email.smtp.pool-size:4}") int poolSize,
                           @Value("${switchboard.email.smtp.connection-wait:10s}") Duration connectionWait) {
        if (connectionWait.isNegative() || connectionWait.isZero()) {
            throw new IllegalArgumentException("switchboard.email.smtp.connection-wait must be longer than zero, not "
                    + connectionWait);
        }
        this.defaultFrom = new EmailAddress(defaultFrom);
        this.ascii = new Route(sessions.session(), this.defaultFrom, poolSize, connectionWait);
        this.utf8 = new Route(sessions.utf8Session(), this.defaultFrom, poolSize, connectionWait);
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
        Optional<EmailAddress> internationalised = internationalisedAddress(email);
        Route route = internationalised.isPresent() ? utf8 : ascii;
        MimeMessage message;
        String messageId;
        try {
            message = route.composer().compose(email);
            messageId = message.getMessageID();
        } catch (MessagingException e) {
            return new AttemptResult.Rejected("the email cannot be written as MIME: " + e.getMessage());
        }
        Address[] recipient = {MimeComposer.address(email.recipient(), null)};
        TransportPool transports = route.transports();
        try {
            TransportPool.Lent lent = transports.borrow();
            if (internationalised.isPresent() && !offersSmtpUtf8(lent.transport())) {
                transports.release(lent.transport(), true);
                return new AttemptResult.Rejected("'" + internationalised.get().value() + "' is an internationalised"
                        + " address (RFC 6531), and the SMTP server does not offer SMTPUTF8 to carry it");
            }
            try {
                return sendOver(transports, lent.transport(), message, recipient, messageId);
            } catch (MessagingException e) {
                if (!lent.unchecked() || !SmtpFailures.noReply(e)) {
                    return SmtpFailures.outcomeOf(e);
                }
                // The connection was lent unchecked and the server had closed it: nothing reached it, so send again.
                return sendOver(transports, transports.borrowChecked().transport(), message, recipient, messageId);
            }
        } catch (MessagingException e) {
            return SmtpFailures.outcomeOf(e);
        } catch (TimeoutException e) {
            // Tried again later rather than sent after a wait its lease may not outlast.
            return new AttemptResult.Deferred(e.getMessage());
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
    private static AttemptResult sendOver(TransportPool transports, Transport transport, MimeMessage message,
                                          Address[] recipient, String messageId) throws MessagingException {
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

    /** The first address of the email, recipient, sender or shown, that needs SMTPUTF8, if any. */
    private Optional<EmailAddress> internationalisedAddress(OutgoingEmail email) {
        return Stream.of(Stream.of(email.recipient(), email.from().orElse(defaultFrom)),
                        Stream.concat(email.toHeader().stream(), email.ccHeader().stream()).map(Mailbox::address))
                .flatMap(addresses -> addresses).filter(EmailAddress::internationalised).findFirst();
    }

    /** Whether the server said SMTPUTF8 in its answer to EHLO, which the connection keeps. */
    private static boolean offersSmtpUtf8(Transport transport) {
        return transport instanceof SMTPTransport smtp && smtp.supportsExtension(SMTPUTF8);
    }

    @PreDestroy
    @Override
    public void close() {
        ascii.transports().close();
        utf8.transports().close();
    }

    /** How an email is written and sent: by a session that allows UTF-8 in headers and envelope, or by one that does not. */
    private record Route(MimeComposer composer, TransportPool transports) {

        Route(Session session, EmailAddress defaultFrom, int poolSize, Duration connectionWait) {
            this(new MimeComposer(session, defaultFrom), new TransportPool(session, poolSize, connectionWait));
        }
    }
}
