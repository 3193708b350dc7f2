package switchboard.adapter.out.provider.zalo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;
import java.util.stream.Stream;

import switchboard.adapter.out.provider.support.ProviderText;

/**
 * The OAuth server's answer to a refresh: {@code {"access_token","refresh_token","expires_in"}}
 * (Zalo writes the seconds as a string), or an error ({@code error} with {@code error_name},
 * {@code error_description} or {@code message}).
 */
@Serdeable
record ZaloGrant(@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken,
                 @JsonProperty("expires_in") String expiresIn, String error,
                 @JsonProperty("error_name") String errorName,
                 @JsonProperty("error_description") String errorDescription, String message) {

    boolean granted() {
        return accessToken != null && !accessToken.isBlank() && refreshToken != null && !refreshToken.isBlank();
    }

    /** How long the access token lasts, if Zalo said so in a way that can be read. */
    Optional<Long> expiresInSeconds() {
        return Optional.ofNullable(expiresIn).map(String::strip).filter(seconds -> seconds.matches("[0-9]{1,9}"))
                .map(Long::valueOf);
    }

    @Override
    public String toString() {
        return "ZaloGrant[expiresIn=" + expiresIn + ", error=" + describeError() + ", tokens hidden]";
    }

    /** "-14014 Invalid refresh token", the error without any token. */
    String describeError() {
        return Stream.of(error, errorName, errorDescription, message).filter(part -> part != null && !part.isBlank())
                .map(ProviderText::oneLine).distinct().reduce((first, second) -> first + " " + second).orElse("no reason given");
    }
}
