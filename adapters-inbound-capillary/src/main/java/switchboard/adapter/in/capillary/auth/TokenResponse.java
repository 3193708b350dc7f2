package switchboard.adapter.in.capillary.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.StatusCode;
import switchboard.application.credential.IssuedAccessToken;

/**
 * The answer of Capillary's token API: {@code {"data":{"accessToken","ttlSeconds"},"errors":null}},
 * or {@code data} null and the errors when no token was issued.
 */
@Serdeable
public record TokenResponse(@JsonInclude(JsonInclude.Include.ALWAYS) Data data,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<StatusCode> errors) {

    static TokenResponse of(IssuedAccessToken token) {
        return new TokenResponse(new Data(token.token(), token.ttl().toSeconds()), null);
    }

    public static TokenResponse refused(Fault fault, String message) {
        return new TokenResponse(null, List.of(StatusCode.error(fault, message)));
    }

    @Serdeable
    public record Data(String accessToken, long ttlSeconds) {
    }
}
