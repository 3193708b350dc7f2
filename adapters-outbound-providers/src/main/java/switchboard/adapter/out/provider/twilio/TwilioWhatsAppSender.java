package switchboard.adapter.out.provider.twilio;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import switchboard.application.dispatch.port.WhatsAppSender;

/**
 * WhatsApp through Twilio, when {@code switchboard.twilio.enabled} is true: the same Messages
 * resource, with {@code whatsapp:} addresses. The gateway's own account sends from
 * {@code switchboard.twilio.whatsapp-from}. Outside WhatsApp's 24-hour session window Twilio
 * refuses free text (only approved templates go out then); that refusal arrives in a status
 * callback (63016).
 */
@Singleton
@Requires(property = "switchboard.twilio.enabled", value = "true")
public class TwilioWhatsAppSender extends TwilioTextSender implements WhatsAppSender {

    public TwilioWhatsAppSender(TwilioMessages messages) {
        super(messages, TwilioChannel.WHATSAPP);
    }
}
