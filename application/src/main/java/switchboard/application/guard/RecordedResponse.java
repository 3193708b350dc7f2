package switchboard.application.guard;

import java.util.Arrays;
import java.util.Objects;

/**
 * The answer a request got, kept under its Idempotency-Key and given again to its repeats: the
 * HTTP status, the body's media type and the body as it was sent.
 */
public record RecordedResponse(int status, String contentType, byte[] body) {

    public RecordedResponse {
        Objects.requireNonNull(contentType, "contentType");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedResponse that && status == that.status && contentType.equals(that.contentType)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RecordedResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
