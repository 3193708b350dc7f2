package switchboard.adapter.in.admin.send;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/** The body of {@code POST /api/v1/communications/send}, as documented. */
@Serdeable
@AddressesForChannels
public record SendRequest(@NotBlank String subject,
                          @NotBlank String body,
                          @NotEmpty List<String> channels,
                          String emailAddress,
                          String phoneNumber,
                          String userId,
                          String pushToken,
                          String webhookUrl,
                          @JsonProperty("isHtml") Boolean isHtml) {

    public boolean html() {
        return Boolean.TRUE.equals(isHtml);
    }
}
