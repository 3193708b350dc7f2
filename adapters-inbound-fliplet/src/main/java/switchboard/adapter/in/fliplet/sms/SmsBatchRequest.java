package switchboard.adapter.in.fliplet.sms;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of {@code POST /v1/communicate/sms/batch}. */
@Serdeable
public record SmsBatchRequest(List<SmsRequest> sms) {
}
