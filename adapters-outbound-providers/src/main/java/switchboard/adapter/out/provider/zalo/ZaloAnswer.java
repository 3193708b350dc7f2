package switchboard.adapter.out.provider.zalo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** ZNS's answer: {@code {"error":0,"message":"Success","data":{"msg_id":...}}}; any other error is a refusal. */
@Serdeable
record ZaloAnswer(Integer error, String message, Data data) {

    static final int SUCCESS = 0;
    static final int INVALID_ACCESS_TOKEN = -124;

    String messageId() {
        return data == null ? null : data.messageId();
    }

    @Serdeable
    record Data(@JsonProperty("msg_id") String messageId) {
    }
}
