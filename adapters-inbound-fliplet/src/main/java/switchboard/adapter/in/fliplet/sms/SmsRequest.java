package switchboard.adapter.in.fliplet.sms;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /v1/communicate/sms}: the provider (only {@code twilio}), the message,
 * and the caller's own provider credentials, used for this message only.
 */
@Serdeable
public record SmsRequest(String provider, Data data, Options options) {

    @Serdeable
    public record Data(String from, String to, String body) {
    }

    @Serdeable
    public record Options(@JsonProperty("twilio_sid") String twilioSid,
                          @JsonProperty("twilio_auth_token") String twilioAuthToken) {

        @Override
        public String toString() {
            return "Options[" + twilioSid + ", token hidden]";
        }
    }
}
