package switchboard.adapter.in.capillary.send;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/** What SMS, WhatsApp and Zalo items share: a mobile number, a text and maybe a time, each checked with its channel's codes. */
@Singleton
class PhoneMessages {

    /** A channel's field names, and the codes for a missing number or text. */
    enum Fields {
        SMS(Channel.SMS, "to", Fault.MISSING_MOBILE_OR_BODY, "body", Fault.MISSING_MOBILE_OR_BODY),
        WHATSAPP(Channel.WHATSAPP, "receiver", Fault.MISSING_RECEIVER, "template", Fault.MISSING_TEMPLATE),
        ZALO(Channel.ZALO, "receiver", Fault.MISSING_RECEIVER, "template", Fault.MISSING_TEMPLATE);

        private final Channel channel;
        private final String number;
        private final Fault missingNumber;
        private final String text;
        private final Fault missingText;

        Fields(Channel channel, String number, Fault missingNumber, String text, Fault missingText) {
            this.channel = channel;
            this.number = number;
            this.missingNumber = missingNumber;
            this.text = text;
            this.missingText = missingText;
        }
    }

    private final PhoneNumbers phones;

    PhoneMessages(PhoneNumbers phones) {
        this.phones = phones;
    }

    Optional<SendCommand> read(Fields fields, String number, String text, String scheduledTime, TenantId tenant,
                               ItemCheck check) {
        Optional<PhoneNumber> phone = Optional.empty();
        if (number == null || number.isBlank()) {
            check.error(fields.missingNumber, "The mobile number '" + fields.number + "' is missing.");
        } else {
            phone = phones.read(number, check);
            if (phone.isEmpty()) {
                check.error(Fault.INVALID_MOBILE, "'" + number + "' is not a mobile number with its country code"
                        + " (such as 919591471711).");
            }
        }
        if (text == null || text.isBlank()) {
            check.error(fields.missingText, "The message '" + fields.text + "' is missing.");
        }
        Optional<Instant> notBefore = ScheduledTimes.read(scheduledTime, check);
        if (check.failed()) {
            return Optional.empty();
        }
        return Optional.of(ItemReader.command(tenant, Content.text(null, text),
                List.of(new RecipientRequest.ToAddress(new Recipient(fields.channel, phone.orElseThrow()))), notBefore));
    }
}
