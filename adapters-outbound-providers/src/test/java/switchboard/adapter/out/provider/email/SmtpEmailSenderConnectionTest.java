package switchboard.adapter.out.provider.email;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.message.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;

/** How the sender reads the server's replies, and how it keeps its connections. */
class SmtpEmailSenderConnectionTest {

    private static final int POOL_SIZE = 2;

    private ScriptedSmtpServer server;
    private SmtpEmailSender sender;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedSmtpServer();
        sender = Emails.sender(server.port(), POOL_SIZE);
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        server.close();
    }

    @Test
    void aRecipientRefusedWithA5xxIsRejectedWithTheServersReply() {
        server.answerRcpt("550 5.1.1 <nobody@example.org>: no such user");

        AttemptResult result = sender.send(Emails.plain("nobody@example.org"));

        assertThat(result).isEqualTo(new AttemptResult.Rejected("550 5.1.1 <nobody@example.org>: no such user"));
        assertThat(server.messages()).isZero();
    }

    @Test
    void anInternationalisedEmailGoesInUtf8ToAServerThatOffersSmtpUtf8() {
        server.offerSmtpUtf8();
        OutgoingEmail email = new OutgoingEmail(Emails.address("josé@bücher.example"), Optional.empty(), null,
                List.of(new Mailbox(Emails.address("josé@bücher.example"), "José Müller"), Emails.mailbox("ann@example.org")),
                List.of(), "Grüße", "Hallo", null, List.of(), List.of());

        AttemptResult result = sender.send(email);
        AttemptResult plain = sender.send(Emails.plain("ann@example.org"));

        assertThat(result).isInstanceOf(AttemptResult.Sent.class);
        assertThat(plain).isInstanceOf(AttemptResult.Sent.class);
        ScriptedSmtpServer.Taken utf8 = server.taken().get(0);
        assertThat(utf8.recipients()).containsExactly("josé@bücher.example");
        assertThat(utf8.mailFrom()).endsWith(" SMTPUTF8");
        assertThat(utf8.text()).contains("\r\nTo: \"José Müller\" <josé@bücher.example>, ann@example.org\r\n");
        ScriptedSmtpServer.Taken ascii = server.taken().get(1);
        assertThat(ascii.mailFrom()).as("only an internationalised email asks for SMTPUTF8").doesNotContain("SMTPUTF8");
    }

    @Test
    void aControlCharacterInTheServersReplyIsLeftOutOfTheError() {
        server.answerRcpt("550 5.1.1 no\u0000 such user");

        AttemptResult result = sender.send(Emails.plain("nobody@example.org"));

        assertThat(result).isEqualTo(new AttemptResult.Rejected("550 5.1.1 no such user"));
    }

    @Test
    void aRecipientRefusedWithA4xxIsDeferred() {
        server.answerRcpt("450 4.2.1 mailbox busy, try later");

        AttemptResult result = sender.send(Emails.plain("busy@example.org"));

        assertThat(result).isEqualTo(new AttemptResult.Deferred("450 4.2.1 mailbox busy, try later"));
    }

    @Test
    void aMessageRefusedAtTheEndOfItsDataIsRejected() {
        server.answerEndOfData("554 5.7.1 message refused as spam");

        AttemptResult result = sender.send(Emails.plain("alice@example.org"));

        assertThat(result).isEqualTo(new AttemptResult.Rejected("554 5.7.1 message refused as spam"));
    }

    @Test
    void authenticationRequiredIsAConfigurationProblemAndDeferred() {
        server.answerRcpt("530 5.7.0 authentication required");

        assertThat(sender.send(Emails.plain("alice@example.org"))).isInstanceOf(AttemptResult.Deferred.class);
    }

    @Test
    void aServerShuttingDownDefersTheEmailAndTheNextOneGoesOverANewConnection() {
        server.answerRcpt("421 4.3.2 shutting down");

        AttemptResult result = sender.send(Emails.plain("alice@example.org"));
        server.answerRcpt("250 2.1.5 OK");
        AttemptResult next = sender.send(Emails.plain("alice@example.org"));

        assertThat(result).isEqualTo(new AttemptResult.Deferred("421 4.3.2 shutting down"));
        assertThat(next).isInstanceOf(AttemptResult.Sent.class);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void noServerListeningDefersTheEmail() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (SmtpEmailSender nowhere = Emails.sender(closedPort, 1)) {

            AttemptResult result = nowhere.send(Emails.plain("alice@example.org"));

            assertThat(result).isInstanceOf(AttemptResult.Deferred.class);
            assertThat(((AttemptResult.Deferred) result).error()).contains(Integer.toString(closedPort));
        }
    }

    @Test
    void sequentialEmailsShareOneConnection() {
        for (int i = 0; i < 20; i++) {
            assertThat(sender.send(Emails.plain("reader" + i + "@example.org"))).isInstanceOf(AttemptResult.Sent.class);
        }

        assertThat(server.messages()).isEqualTo(20);
        assertThat(server.connections()).isBetween(1, POOL_SIZE);
    }

    @Test
    void aConnectionGivenBackMomentsAgoIsUsedWithoutAskingTheServerWhetherItIsThere() {
        for (int i = 0; i < 20; i++) {
            assertThat(sender.send(Emails.plain("reader" + i + "@example.org"))).isInstanceOf(AttemptResult.Sent.class);
        }

        assertThat(server.resetsAndNoops()).isZero();
    }

    @Test
    void anEmailThatFindsNoConnectionFreeWithinTheWaitIsDeferredAndNotSent() throws Exception {
        server.delayEndOfData(Duration.ofSeconds(2));
        try (SmtpEmailSender oneConnection = Emails.sender(server.port(), 1, null, Duration.ofMillis(200))) {
            CompletableFuture<AttemptResult> first =
                    CompletableFuture.supplyAsync(() -> oneConnection.send(Emails.plain("first@example.org")));
            while (server.connections() == 0) {
                Thread.sleep(10);
            }

            AttemptResult second = oneConnection.send(Emails.plain("second@example.org"));

            assertThat(second).isInstanceOfSatisfying(AttemptResult.Deferred.class, deferred -> assertThat(deferred.error())
                    .contains("none of the 1 SMTP connections came free within 200 ms"));
            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(AttemptResult.Sent.class);
            assertThat(server.taken()).extracting(ScriptedSmtpServer.Taken::recipients)
                    .containsExactly(List.of("first@example.org"));
        }
    }

    @Test
    void concurrentEmailsOpenNoMoreConnectionsThanThePoolHolds() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AttemptResult>> sends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String recipient = "reader" + i + "@example.org";
                sends.add(() -> sender.send(Emails.plain(recipient)));
            }
            for (Future<AttemptResult> result : workers.invokeAll(sends)) {
                assertThat(result.get()).isInstanceOf(AttemptResult.Sent.class);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(server.messages()).isEqualTo(20);
        assertThat(server.connections()).isBetween(1, POOL_SIZE);
    }

    @Test
    void aRefusedRecipientLeavesTheConnectionUsableForTheNextEmail() {
        server.answerRcpt("550 5.1.1 no such user");
        sender.send(Emails.plain("nobody@example.org"));
        server.answerRcpt("250 2.1.5 OK");

        assertThat(sender.send(Emails.plain("alice@example.org"))).isInstanceOf(AttemptResult.Sent.class);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(server.resetsAndNoops()).as("the connection is reset after the refusal").isPositive();
    }

    @Test
    void aConnectionDroppedByTheServerIsReopenedForTheNextEmail() throws Exception {
        assertThat(sender.send(Emails.plain("alice@example.org"))).isInstanceOf(AttemptResult.Sent.class);

        server.dropConnections();

        assertThat(sender.send(Emails.plain("bob@example.org"))).isInstanceOf(AttemptResult.Sent.class);
        assertThat(server.connections()).isEqualTo(2);
        assertThat(server.messages()).isEqualTo(2);
        assertThat(server.taken()).extracting(ScriptedSmtpServer.Taken::recipients)
                .containsExactly(List.of("alice@example.org"), List.of("bob@example.org"));
    }
}
