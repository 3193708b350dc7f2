package switchboard.adapter.out.provider.webhook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.adapter.out.provider.stub.Troubles;
import switchboard.application.memory.SettableClock;
import switchboard.domain.delivery.AttemptResult;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.webhook.Webhooks.configuration;
import static switchboard.adapter.out.provider.webhook.Webhooks.to;

/** What each answer of an endpoint, and each failure to get one, means for the delivery. */
class WebhookOutcomeTest {

    private final ProviderStub stub = ProviderStub.start();
    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-04T05:06:07Z"));
    private final StandardWebhookSender sender = Webhooks.sender(configuration(), clock);

    @AfterEach
    void stop() {
        sender.close();
        stub.close();
    }

    private AttemptResult postAnswered(Reply reply) {
        stub.answer(exchange -> reply);
        return post(stub.baseUri().getPort());
    }

    private AttemptResult post(int port) {
        return sender.send(to("http://hooks.example.test:" + port + "/hook"), Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void anySuccessfulStatusIsSent(int status) {
        assertThat(postAnswered(new Reply(status, Map.of(), status == 204 ? "" : "ok")))
                .isEqualTo(new AttemptResult.Sent(null));
    }

    @Test
    void goneMeansTheEndpointIsGoneForGood() {
        assertThat(postAnswered(Reply.json(410, "{\"error\":\"subscription deleted\"}")))
                .isEqualTo(new AttemptResult.Gone("HTTP 410: {\"error\":\"subscription deleted\"} (the endpoint is gone)"));
    }

    @Test
    void tooManyRequestsIsTriedAgainNotBeforeRetryAfterInSeconds() {
        assertThat(postAnswered(Reply.json(429, "{\"error\":\"slow down\"}").withHeader("Retry-After", "120")))
                .isEqualTo(new AttemptResult.Deferred("HTTP 429: {\"error\":\"slow down\"}", Optional.of(Duration.ofSeconds(120))));
    }

    @Test
    void unavailableIsTriedAgainNotBeforeRetryAfterAsADate() {
        String inFiveMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(clock.instant().plusSeconds(300), ZoneOffset.UTC));

        assertThat(postAnswered(new Reply(503, Map.of("Retry-After", inFiveMinutes), "")))
                .isEqualTo(new AttemptResult.Deferred("HTTP 503", Optional.of(Duration.ofMinutes(5))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {408, 500, 502, 504, 599})
    void timeoutsAndServerErrorsAreTriedAgain(int status) {
        assertThat(postAnswered(Reply.json(status, "{\"error\":\"oops\"}")))
                .isEqualTo(new AttemptResult.Deferred("HTTP " + status + ": {\"error\":\"oops\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 413, 422})
    void otherClientErrorsAreRefusedForGood(int status) {
        assertThat(postAnswered(Reply.json(status, "{\"error\":\"no\"}")))
                .isEqualTo(new AttemptResult.Rejected("HTTP " + status + ": {\"error\":\"no\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectsAreNotFollowed(int status) {
        AttemptResult result = postAnswered(new Reply(status, Map.of("Location", "/elsewhere"), ""));

        assertThat(result).isEqualTo(new AttemptResult.Rejected("HTTP " + status
                + ": redirects are not followed (Location: /elsewhere); point the webhook at the final URL"));
        assertThat(stub.exchanges()).as("only the first request, none to the redirect's target")
                .extracting(ProviderStub.Exchange::path).containsExactly("/hook");
    }

    @Test
    void aLongErrorBodyIsShortenedToOneLine() {
        String page = "<html>\n<body>\n" + "Internal error. ".repeat(100_000) + "</body></html>";

        AttemptResult result = postAnswered(new Reply(500, Map.of("Content-Type", "text/html"), page));

        assertThat(result).isInstanceOf(AttemptResult.Deferred.class);
        String error = ((AttemptResult.Deferred) result).error();
        assertThat(error).startsWith("HTTP 500: <html> <body> Internal error. Internal error.").endsWith("…")
                .hasSizeLessThanOrEqualTo(510);
    }

    @Test
    void aClosedPortIsTriedAgain() {
        assertThat(post(Troubles.closedAddress().getPort())).isInstanceOfSatisfying(AttemptResult.Deferred.class,
                deferred -> assertThat(deferred.error()).startsWith("the webhook endpoint could not be reached: ")
                        .contains("refused"));
    }

    @Test
    void anEndpointThatNeverAnswersIsTriedAgainAfterTheReadTimeout() throws Exception {
        try (RawHttpServer silent = new RawHttpServer(out -> Thread.sleep(60_000))) {
            long start = System.nanoTime();

            AttemptResult result = post(silent.port());

            assertThat(result).isInstanceOfSatisfying(AttemptResult.Deferred.class, deferred -> assertThat(deferred.error())
                    .isEqualTo("the webhook endpoint did not answer in time: Read timed out"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void anEndpointThatTricklesItsAnswerIsCutOffAtTheTotalTimeout() throws Exception {
        WebhookConfiguration patient = configuration();
        patient.setReadTimeout(Duration.ofSeconds(2));
        patient.setTotalTimeout(Duration.ofMillis(1500));
        try (RawHttpServer trickling = RawHttpServer.trickling(600);
             StandardWebhookSender impatient = Webhooks.sender(patient, clock)) {
            long start = System.nanoTime();

            AttemptResult result = impatient.send(to("http://hooks.example.test:" + trickling.port() + "/"), Optional.empty());

            assertThat(result).isEqualTo(new AttemptResult.Deferred("no complete answer within 1500 ms"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void atMost64KilobytesOfAnAnswerAreReadHoweverLongItIs() throws Exception {
        // Announces 100 MB, sends 100 KB, then nothing: reading to the end would wait for the read timeout, and fail.
        try (RawHttpServer endless = new RawHttpServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[100 * 1024]);
            out.flush();
            Thread.sleep(60_000);
        })) {
            assertThat(post(endless.port())).isEqualTo(new AttemptResult.Sent(null));
        }
    }
}
