package switchboard.adapter.out.provider.email;

import io.micronaut.context.ApplicationContext;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.mail.Session;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

import java.util.Map;

import switchboard.application.dispatch.port.EmailSender;
import switchboard.domain.delivery.AttemptResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The beans Micronaut builds from the configuration, and the session they share. */
class SmtpWiringTest {

    @Test
    void withoutSmtpConfiguredThereIsNoEmailSender() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.findBean(EmailSender.class)).isEmpty();
        }
    }

    @Test
    void eachContextSendsToTheServerItIsConfiguredWith() throws Exception {
        try (ScriptedSmtpServer first = new ScriptedSmtpServer(); ScriptedSmtpServer second = new ScriptedSmtpServer()) {
            for (ScriptedSmtpServer server : new ScriptedSmtpServer[] {first, second}) {
                try (ApplicationContext context = ApplicationContext.run(Map.of(
                        "javamail.properties.mail.smtp.host", "127.0.0.1",
                        "javamail.properties.mail.smtp.port", server.port(),
                        "switchboard.email.from", "gateway@example.org"))) {

                    EmailSender sender = context.getBean(EmailSender.class);

                    assertThat(sender).isInstanceOf(SmtpEmailSender.class);
                    assertThat(sender.send(Emails.plain("alice@example.org"))).isInstanceOf(AttemptResult.Sent.class);
                }
            }

            assertThat(first.messages()).isOne();
            assertThat(second.messages()).isOne();
        }
    }

    @Test
    void jakartaMailFindsItsStreamProviderByClassNameNotByAServiceLoaderPerMimePart() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("javamail.properties.mail.smtp.host", "127.0.0.1"))) {
            context.getBean(SessionProvider.class);

            assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
            assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
        }
    }

    @Test
    void theSessionHasTimeoutsAndAuthenticationUnlessConfiguredOtherwise() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.timeout", 2500,
                "javamail.authentication.username", "gateway",
                "javamail.authentication.password", "secret"))) {

            Session session = context.getBean(SessionProvider.class).session();

            assertThat(session.getProperty("mail.smtp.host")).isEqualTo("127.0.0.1");
            assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("2500");
            assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
            assertThat(session.getProperty("mail.smtp.writetimeout")).isEqualTo("10000");
            assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        }
    }
}
