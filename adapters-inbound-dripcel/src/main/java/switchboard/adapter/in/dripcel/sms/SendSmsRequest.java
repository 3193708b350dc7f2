package switchboard.adapter.in.dripcel.sms;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

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

    static final String ORIGIN = "dripcel";

    public boolean testMode() {
        return sendOptions != null && sendOptions.test();
    }

    /**
     * One SMS to the cell, already read in its country. The content may fill fields from the
     * contact's data; with {@code skipNonContacts} the cell must belong to a contact, or it is
     * skipped. A skipped cell is stored as such, so that every send has a {@code customerId}.
     */
    public SendCommand command(TenantId tenantId, PhoneNumber cell) {
        Recipient recipient = new Recipient(Channel.SMS, cell);
        RecipientRequest to = skipNonContacts ? new RecipientRequest.ToContactAddress(recipient)
                : new RecipientRequest.ToAddress(recipient);
        SendCommand command = SendCommand.of(tenantId, ORIGIN, Content.text(null, content), List.of(to))
                .withPersonalisation(true).withTestMode(testMode()).withSkippedRecorded(true);
        boolean inCampaign = campaignId != null && !campaignId.isBlank();
        return inCampaign ? command.withCampaign(campaignId.strip()) : command;
    }
}
