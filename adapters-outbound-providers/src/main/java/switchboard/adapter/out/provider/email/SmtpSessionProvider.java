package switchboard.adapter.out.provider.email;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;

import java.time.Duration;
import java.util.Properties;

/**
 * The mail session, built from {@code javamail.properties.*} and, when
 * {@code javamail.authentication.username/password} are set, their authenticator.
 * <p>
 * Replaces Micronaut's provider, which uses {@link Session#getDefaultInstance}: that session
 * is JVM-wide and keeps the properties of whoever asked first, so a second application
 * context (or a changed configuration) would silently keep talking to the old server.
 * <p>
 * On top of the configured properties, for the configured transport protocol (smtp unless
 * {@code mail.transport.protocol} says otherwise):
 * <ul>
 * <li>connect, read and write timeouts of ten seconds unless configured: Jakarta Mail waits
 *     forever by default, and a hung server would hold a dispatch worker for good;</li>
 * <li>{@code userset}: the liveness check of a reused connection sends RSET, not NOOP, so each
 *     email starts from a clean SMTP state even after a failed one;</li>
 * <li>{@code auth} when credentials are configured, without which they would never be sent.</li>
 * </ul>
 * Values are copied as strings: the configuration may hand over numbers and booleans, which
 * {@link Properties#getProperty} would silently ignore. Present under the same conditions as
 * {@link SmtpEmailSender}.
 * <p>
 * A second session, {@link #utf8Session()}, is the same with {@code mail.mime.allowutf8}: for
 * emails with internationalised addresses alone, since Jakarta Mail then writes the address
 * headers in raw UTF-8 (names too, not as RFC 2047 encoded words) and asks for SMTPUTF8 in
 * {@code MAIL FROM}, which only a server that offers SMTPUTF8 takes.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
@Requires(beans = MailPropertiesProvider.class)
@Requires(property = "javamail.properties")
public class SmtpSessionProvider implements SessionProvider {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    static final String ALLOW_UTF8 = "mail.mime.allowutf8";

    private final Session session;
    private final Session utf8Session;

    public SmtpSessionProvider(MailPropertiesProvider configured, @Nullable Authenticator authenticator) {
        // Jakarta Mail 2.1 finds its StreamProvider through a ServiceLoader for every MIME part it makes and writes
        // (jakartaee/mail-api#861), a tenth of the gateway's CPU while it sends emails; named by this property, it is
        // found by its class name instead.
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        Properties properties = new Properties();
        configured.mailProperties().forEach((name, value) -> properties.setProperty(name.toString(), value.toString()));
        String prefix = "mail." + properties.getProperty("mail.transport.protocol", "smtp") + ".";
        String timeout = Long.toString(DEFAULT_TIMEOUT.toMillis());
        properties.putIfAbsent(prefix + "connectiontimeout", timeout);
        properties.putIfAbsent(prefix + "timeout", timeout);
        properties.putIfAbsent(prefix + "writetimeout", timeout);
        properties.putIfAbsent(prefix + "userset", "true");
        if (authenticator != null) {
            properties.putIfAbsent(prefix + "auth", "true");
        }
        this.session = Session.getInstance(properties, authenticator);
        Properties utf8 = new Properties();
        utf8.putAll(properties);
        utf8.setProperty(ALLOW_UTF8, "true");
        this.utf8Session = Session.getInstance(utf8, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }

    /** The session for emails with internationalised addresses (RFC 6531). */
    public Session utf8Session() {
        return utf8Session;
    }
}
