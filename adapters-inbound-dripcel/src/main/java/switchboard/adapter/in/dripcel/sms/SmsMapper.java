package switchboard.adapter.in.dripcel.sms;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.Locale;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Content;
import switchboard.domain.message.Message;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/** Between Dripcel's SMS records and the send use case. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface SmsMapper {

    /**
     * One SMS to the cell, read in its country. The content may fill fields from the contact's
     * data; with {@code skipNonContacts} the cell must belong to a contact, or it is skipped.
     */
    default SendCommand command(TenantId tenantId, SendSmsRequest request, PhoneNumber cell) {
        Recipient recipient = new Recipient(Channel.SMS, cell);
        RecipientRequest to = request.skipNonContacts() ? new RecipientRequest.ToContactAddress(recipient)
                : new RecipientRequest.ToAddress(recipient);
        SendCommand command = SendCommand.of(tenantId, "dripcel", Content.text(null, request.content()), List.of(to))
                .withPersonalisation(true).withTestMode(request.testMode());
        boolean inCampaign = request.campaignId() != null && !request.campaignId().isBlank();
        return inCampaign ? command.withCampaign(request.campaignId().strip()) : command;
    }

    default SmsStatus status(Message message, Delivery sms) {
        return new SmsStatus(message.id().toString(), sms.status().name().toLowerCase(Locale.ROOT), sms.address().value(),
                message.testMode(), message.campaignId(), message.createdAt(), sms.updatedAt(), sms.lastError().orElse(null));
    }
}
