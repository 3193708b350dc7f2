package switchboard.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GreenMail SMTP server for an end-to-end test class, registered as an instance extension
 * ({@code @RegisterExtension}): started with the class, emptied before each test, stopped after
 * the last. {@link #gatewayProperties()} points the gateway at it.
 */
public final class TestSmtpServer implements BeforeEachCallback {

    public static final String GATEWAY_SENDER = "gateway@switchboard.example";

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    public TestSmtpServer() {
        greenMail.start();
    }

    public Map<String, String> gatewayProperties() {
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()),
                "switchboard.email.from", GATEWAY_SENDER);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        // Closed by JUnit when the test class is done.
        context.getParent().orElseThrow().getStore(ExtensionContext.Namespace.create(TestSmtpServer.class))
                .getOrComputeIfAbsent("server", key -> (ExtensionContext.Store.CloseableResource) greenMail::stop);
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    /** The one copy delivered to this recipient's mailbox (To, Cc or Bcc alike). */
    public MimeMessage onlyCopyFor(String recipient) {
        List<MimeMessage> copies = copiesFor(recipient);
        assertThat(copies).as("copies delivered to %s", recipient).hasSize(1);
        return copies.get(0);
    }

    /** Every copy delivered to this recipient's mailbox. */
    public List<MimeMessage> copiesFor(String recipient) {
        return greenMail.findReceivedMessages(user -> user.getEmail().equals(recipient), message -> true).toList();
    }
}
