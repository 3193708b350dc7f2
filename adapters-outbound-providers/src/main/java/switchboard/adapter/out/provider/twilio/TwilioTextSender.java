package switchboard.adapter.out.provider.twilio;

import java.util.Optional;

import switchboard.application.dispatch.port.OutgoingText;
import switchboard.application.dispatch.port.ProviderSender;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.provider.ProviderAccount;

/** Sends a channel's text messages through Twilio's Messages resource. */
abstract class TwilioTextSender implements ProviderSender<OutgoingText> {

    private final TwilioMessages messages;
    private final TwilioChannel channel;

    TwilioTextSender(TwilioMessages messages, TwilioChannel channel) {
        this.messages = messages;
        this.channel = channel;
    }

    @Override
    public String provider() {
        return "twilio";
    }

    @Override
    public boolean hasGatewayAccount() {
        return messages.hasGatewayAccount(channel);
    }

    @Override
    public AttemptResult send(OutgoingText message, Optional<ProviderAccount> account) {
        return messages.send(channel, message, account);
    }
}
