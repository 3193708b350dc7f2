package switchboard.adapter.in.admin.credential;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

import java.util.List;
import java.util.Map;

/**
 * A request for a credential. {@code type} says which: {@code admin} and {@code capillary-basic}
 * need a username and password; {@code dripcel-api-key} takes {@code permissions};
 * {@code capillary-*} take {@code access} per access group (WRITE on Communication by default).
 */
@Serdeable
public record NewCredential(@NotBlank String type, @Nullable String username, @Nullable String password,
                            @Nullable List<String> permissions, @Nullable Map<String, String> access) {

    @Override
    public String toString() {
        return "NewCredential[" + type + ", " + username + "]";
    }
}
