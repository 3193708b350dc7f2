package switchboard.adapter.in.dripcel.sms;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /send/sms}, as documented. */
@Serdeable
public record SendSmsRequest(@NotBlank String content,
                             @NotBlank String cell,
                             @NotNull Boolean skipNonContacts,
                             @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code such as ZA")
                             String country,
                             @NotBlank String deliveryMethod,
                             @Nullable @JsonProperty("campaign_id") String campaignId,
                             @Nullable @Valid SendOptions sendOptions) {

    public boolean testMode() {
        return sendOptions != null && sendOptions.test();
    }
}
