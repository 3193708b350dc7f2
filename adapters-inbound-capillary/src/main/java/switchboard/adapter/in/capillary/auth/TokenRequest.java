package switchboard.adapter.in.capillary.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of {@code POST /v3/oauth/token/generate}: an OAuth client's key and secret. */
@Serdeable
public record TokenRequest(@Nullable String key, @Nullable String secret) {

    @Override
    public String toString() {
        return "TokenRequest[" + key + "]";
    }
}
