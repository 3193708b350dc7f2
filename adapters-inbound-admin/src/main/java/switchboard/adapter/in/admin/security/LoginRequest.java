package switchboard.adapter.in.admin.security;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /login}'s body, as JSON or as a form. */
@Serdeable
public record LoginRequest(@NotNull @Size(max = 1000) String username, @NotNull @Size(max = 1000) String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + username + "]";
    }
}
