package switchboard.adapter.out.provider.twilio;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import switchboard.application.dispatch.port.SmsSender;

/**
 * SMS through Twilio, when {@code switchboard.twilio.enabled} is true. Messages without a sender
 * of their own come from the account's Messaging Service or {@code from} number.
 */
@Singleton
@Requires(property = "switchboard.twilio.enabled", value = "true")
public class TwilioSmsSender extends TwilioTextSender implements SmsSender {

    public TwilioSmsSender(TwilioMessages messages) {
        super(messages, TwilioChannel.SMS);
    }
}
