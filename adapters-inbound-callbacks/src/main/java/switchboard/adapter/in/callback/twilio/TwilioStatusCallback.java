package switchboard.adapter.in.callback.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import switchboard.domain.delivery.ProviderReport.Outcome;
import switchboard.domain.delivery.ProviderReport;

/**
 * The form of one status callback: every field Twilio posted, the ones it may add without notice
 * included, since they are all signed.
 */
record TwilioStatusCallback(Map<String, String> fields) {

    /** What Twilio's error codes for messages that did not arrive mean, for the well-known ones. */
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("30001", "queue overflow"),
            Map.entry("30002", "account suspended"),
            Map.entry("30003", "unreachable destination handset"),
            Map.entry("30004", "message blocked"),
            Map.entry("30005", "unknown destination handset"),
            Map.entry("30006", "landline or unreachable carrier"),
            Map.entry("30007", "message filtered by the carrier"),
            Map.entry("30008", "unknown error"),
            Map.entry("30034", "message from an unregistered number (US A2P 10DLC)"),
            Map.entry("21610", "the recipient opted out"),
            Map.entry("63016", "outside the WhatsApp 24-hour session window: a template is needed"));

    TwilioStatusCallback {
        fields = Map.copyOf(fields);
    }

    /** Reads a form body; a field named twice, or one that is not URL-encoded, makes it unreadable. */
    static TwilioStatusCallback parse(String body) {
        if (body == null || body.isBlank()) {
            throw new BadCallbackException("the body is empty; a form of the message's status was expected");
        }
        Map<String, String> fields = new TreeMap<>();
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (fields.put(name, value) != null) {
                throw new BadCallbackException("the field " + name + " is given twice");
            }
        }
        return new TwilioStatusCallback(fields);
    }

    String accountSid() {
        return required("AccountSid");
    }

    /**
     * The report to record, or empty for a status that says nothing new (queued, accepted,
     * sending, scheduled) or one Twilio has added since.
     */
    Optional<ProviderReport> report() {
        String status = required("MessageStatus").toLowerCase(Locale.ROOT);
        Optional<Outcome> outcome = switch (status) {
            case "sent" -> Optional.of(Outcome.SENT);
            case "delivered" -> Optional.of(Outcome.DELIVERED);
            case "read" -> Optional.of(Outcome.READ);
            case "undelivered", "failed", "canceled" -> Optional.of(Outcome.UNDELIVERED);
            default -> Optional.empty();
        };
        return outcome.map(reported -> new ProviderReport(required("MessageSid"), reported,
                reported == Outcome.UNDELIVERED ? Optional.of(error(status)) : Optional.empty()));
    }

    /** {@code twilio 30003: unreachable destination handset}, or {@code twilio failed} without a code. */
    private String error(String status) {
        String code = Optional.ofNullable(fields.get("ErrorCode")).map(String::strip).orElse("");
        if (code.isEmpty()) {
            return "twilio " + status;
        }
        if (!code.matches("\\d{1,10}")) {
            throw new BadCallbackException("ErrorCode is not a number");
        }
        return "twilio " + code + Optional.ofNullable(ERRORS.get(code)).map(meaning -> ": " + meaning).orElse("");
    }

    private String required(String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new BadCallbackException(name + " is missing");
        }
        return value;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCallbackException("the body is not a URL-encoded form");
        }
    }
}
