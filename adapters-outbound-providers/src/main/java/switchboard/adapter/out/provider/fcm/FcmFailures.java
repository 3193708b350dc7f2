package switchboard.adapter.out.provider.fcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.api.client.http.HttpResponseException;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.adapter.out.provider.support.ProviderHttpClient;
import switchboard.adapter.out.provider.support.ProviderText;
import switchboard.adapter.out.provider.support.RetryAfter;
import switchboard.domain.delivery.AttemptResult;

/**
 * What FCM's refusals mean for the delivery. FCM's own error code decides where it gives one
 * (in the error's FcmError detail), else the error's status, else the HTTP status:
 * <ul>
 * <li>UNREGISTERED: the token is dead (app uninstalled, token expired): gone. A 404 without it
 *     (a project that does not exist) is not about the token, and only rejected;</li>
 * <li>INVALID_ARGUMENT, SENDER_ID_MISMATCH, THIRD_PARTY_AUTH_ERROR, and any other 4xx: rejected;</li>
 * <li>QUOTA_EXCEEDED (or any 429): deferred by at least a minute, longer if Retry-After says so;</li>
 * <li>UNAVAILABLE, INTERNAL, and any other 5xx: deferred, honouring Retry-After.</li>
 * </ul>
 * The error shown is FCM's code, the HTTP status and FCM's message: "FCM UNREGISTERED (404): ...".
 */
final class FcmFailures {

    static final Duration QUOTA_BACKOFF = Duration.ofSeconds(60);

    private final JsonBodies json;
    private final Clock clock;

    FcmFailures(JsonBodies json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** An answer other than 200. */
    AttemptResult ofAnswer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        Optional<FcmAnswer.Error> error = json.read(response.body(), FcmAnswer.class).map(FcmAnswer::error);
        String code = error.flatMap(FcmAnswer.Error::fcmErrorCode)
                .or(() -> error.map(FcmAnswer.Error::status))
                .orElse("HTTP");
        String text = "FCM " + code + " (" + status + ")"
                + error.map(FcmAnswer.Error::message).map(message -> ": " + ProviderText.oneLine(message)).orElse("");
        Optional<Duration> retryAfter = RetryAfter.of(response, clock);
        switch (code) {
            case "UNREGISTERED":
                return new AttemptResult.Gone(text);
            case "INVALID_ARGUMENT", "SENDER_ID_MISMATCH", "THIRD_PARTY_AUTH_ERROR":
                return new AttemptResult.Rejected(text);
            case "QUOTA_EXCEEDED":
                return quotaExceeded(text, retryAfter);
            case "UNAVAILABLE", "INTERNAL":
                return new AttemptResult.Deferred(text, retryAfter);
            default:
                if (status == 429) {
                    return quotaExceeded(text, retryAfter);
                }
                return status >= 500 ? new AttemptResult.Deferred(text, retryAfter) : new AttemptResult.Rejected(text);
        }
    }

    /**
     * No access token: the token endpoint refused the key (a 4xx such as {@code 400
     * invalid_grant}: rejected, the same key will not do better) or could not answer (deferred).
     */
    ProviderFailure ofTokenRequest(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpResponseException refused) {
                int status = refused.getStatusCode();
                String text = "the FCM token endpoint answered " + status + oauthError(refused.getContent());
                boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
                return new ProviderFailure(permanent
                        ? new AttemptResult.Rejected(text + "; the service account key was refused")
                        : new AttemptResult.Deferred(text));
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return ProviderFailure.deferred("no FCM access token: "
                + (root instanceof Exception exception ? ProviderHttpClient.describe(exception) : root.toString()));
    }

    private static AttemptResult quotaExceeded(String text, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.filter(asked -> asked.compareTo(QUOTA_BACKOFF) > 0).orElse(QUOTA_BACKOFF);
        return new AttemptResult.Deferred(text, Optional.of(wait));
    }

    /** ": invalid_grant (Invalid JWT Signature.)", from an OAuth error body; nothing else of it is quoted. */
    private String oauthError(String body) {
        return body == null ? "" : json.read(body.getBytes(StandardCharsets.UTF_8), OAuthError.class)
                .filter(error -> error.error() != null).map(OAuthError::describe).orElse("");
    }

    /** An OAuth 2.0 token endpoint's error (RFC 6749 section 5.2). */
    @Serdeable
    record OAuthError(String error, @JsonProperty("error_description") String errorDescription) {

        String describe() {
            return ": " + ProviderText.oneLine(error)
                    + (errorDescription == null ? "" : " (" + ProviderText.oneLine(errorDescription) + ")");
        }
    }
}
