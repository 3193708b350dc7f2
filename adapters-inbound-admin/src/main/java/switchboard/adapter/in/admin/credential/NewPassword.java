package switchboard.adapter.in.admin.credential;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

@Serdeable
public record NewPassword(@NotNull String password) {

    @Override
    public String toString() {
        return "NewPassword[]";
    }
}
