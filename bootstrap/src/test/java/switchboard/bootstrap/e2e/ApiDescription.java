package switchboard.bootstrap.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

/**
 * docs/openapi.yaml as a check of every exchange the end-to-end tests make through
 * {@link GatewayClient}, with Atlassian's swagger-request-validator: every answer must be one the
 * description gives for its operation and status (body, content type, headers), and every request
 * the gateway accepted (an answer below 400) must be one the description allows, so that a change
 * of the gateway or of the document that parts them fails the build. A refused request may be
 * anything (the tests send malformed ones on purpose), and one to a route that does not exist is
 * only checked for its answer's shape by the test that sends it.
 */
final class ApiDescription {

    static final Path DOCUMENT = locate();

    /**
     * What the document says in words because OpenAPI cannot say it, each rule named after it:
     * Fliplet reads JSON leniently (comments, single or typographic quotes, as in Fliplet's own
     * examples); Capillary checks a sendMessage's items one by one and answers a faulty item with
     * its error rather than refusing the request; and a form's values are text, which the
     * validator reads as numbers when they are digits.
     */
    private static final ValidationErrorsWhitelist LENIENT = ValidationErrorsWhitelist.create()
            .withRule("Fliplet reads JSON with comments and other quotes", WhitelistRules.allOf(
                    WhitelistRules.pathContains("/v1/communicate/"),
                    WhitelistRules.messageHasKey("validation.request.body.schema.invalidJson")))
            .withRule("Capillary answers a faulty item with its error", WhitelistRules.allOf(
                    WhitelistRules.pathContains("/v2/communications/sendMessage"),
                    WhitelistRules.messageContainsRegexp("^\\[Path '/(root/)?(sms|email|whatsappMessage|zaloMessage)/\\d+")))
            .withRule("Fliplet and Capillary's sendMessage read a body whatever its Content-Type says", WhitelistRules.allOf(
                    WhitelistRules.anyOf(WhitelistRules.pathContains("/v1/communicate/"),
                            WhitelistRules.pathContains("/v2/communications/")),
                    WhitelistRules.anyOf(WhitelistRules.messageHasKey("validation.request.contentType.notAllowed"),
                            WhitelistRules.messageHasKey("validation.request.contentType.missing"))))
            .withRule("A form's values are text", WhitelistRules.allOf(
                    WhitelistRules.pathContains("/callbacks/twilio/"),
                    WhitelistRules.messageHasKey("validation.request.body.schema.type"),
                    WhitelistRules.messageContainsSubstring("Instance type (integer)")));
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString()).withWhitelist(LENIENT).build();
    /** What a refused request may be: not described at all. */
    private static final Set<String> NOT_A_ROUTE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private ApiDescription() {
    }

    /** Fails the test if the exchange is not one the description allows. */
    static void check(HttpRequest request, HttpResponse<String> response) {
        if (request.method().equals("OPTIONS") && request.headers().firstValue("Access-Control-Request-Method").isPresent()) {
            // A CORS preflight is the browser's protocol, which the document's introduction describes, not a route's.
            return;
        }
        URI uri = request.uri();
        SimpleRequest.Builder described = new SimpleRequest.Builder(request.method(), uri.getRawPath());
        request.headers().map().forEach(described::withHeader);
        body(request).ifPresent(described::withBody);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                described.withQueryParam(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        ValidationReport report = response.statusCode() < 400
                ? VALIDATOR.validate(described.build(), answer.build())
                : VALIDATOR.validateResponse(uri.getRawPath(), Request.Method.valueOf(request.method()), answer.build());
        List<ValidationReport.Message> problems = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> response.statusCode() < 400 || !NOT_A_ROUTE.contains(message.getKey()))
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("docs/openapi.yaml does not describe " + request.method() + " " + uri.getRawPath()
                    + " answered " + response.statusCode() + " " + response.body() + ":\n" + problems.stream()
                    .map(message -> "  " + message.getKey() + ": " + message.getMessage()).collect(Collectors.joining("\n")));
        }
    }

    /** The body a request was given, read from its publisher (the tests give strings and byte arrays). */
    private static Optional<byte[]> body(HttpRequest request) {
        return request.bodyPublisher().filter(publisher -> publisher.contentLength() != 0).map(publisher -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            publisher.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    bytes.writeBytes(chunk);
                }

                @Override
                public void onError(Throwable throwable) {
                    throw new IllegalStateException(throwable);
                }

                @Override
                public void onComplete() {
                    // all read
                }
            });
            return bytes.toByteArray();
        });
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** docs/openapi.yaml, from the bootstrap module (where Maven runs the tests) or the repository's root. */
    private static Path locate() {
        Path fromModule = Path.of("..", "docs", "openapi.yaml");
        return Files.isRegularFile(fromModule) ? fromModule : Path.of("docs", "openapi.yaml");
    }
}
