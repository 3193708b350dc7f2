package switchboard.adapter.out.provider.fcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * FCM's answer: {@code {"name":"projects/p/messages/id"}} when the message was taken, else
 * {@code {"error":{"code","message","status","details":[{"@type":"...FcmError","errorCode"}]}}}.
 */
@Serdeable
record FcmAnswer(String name, Error error) {

    private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

    @Serdeable
    record Error(Integer code, String message, String status, List<Detail> details) {

        /** FCM's own error code (UNREGISTERED, QUOTA_EXCEEDED...), more precise than the status. */
        Optional<String> fcmErrorCode() {
            return details == null ? Optional.empty() : details.stream()
                    .filter(detail -> FCM_ERROR.equals(detail.type()) && detail.errorCode() != null)
                    .map(Detail::errorCode).findFirst();
        }
    }

    @Serdeable
    record Detail(@JsonProperty("@type") String type, String errorCode) {
    }
}
