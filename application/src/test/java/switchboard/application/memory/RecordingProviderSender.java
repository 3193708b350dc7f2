package switchboard.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import switchboard.application.dispatch.port.OutgoingPush;
import switchboard.application.dispatch.port.OutgoingText;
import switchboard.application.dispatch.port.ProviderSender;
import switchboard.application.dispatch.port.PushSender;
import switchboard.application.dispatch.port.SmsSender;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.provider.ProviderAccount;

/**
 * Records what a channel's provider is handed, with the account, and answers as it is told.
 *
 * @param <M> the channel's message
 */
public class RecordingProviderSender<M> implements ProviderSender<M> {

    /** One send: the message and the account it went with (empty for the gateway's). */
    public record Sent<M>(M message, Optional<ProviderAccount> account) {
    }

    private final List<Sent<M>> sent = new ArrayList<>();
    private final boolean gatewayAccount;
    private volatile BiFunction<M, Optional<ProviderAccount>, AttemptResult> answer =
            (message, account) -> new AttemptResult.Sent("ref-" + System.nanoTime());

    protected RecordingProviderSender(boolean gatewayAccount) {
        this.gatewayAccount = gatewayAccount;
    }

    /** An SMS provider; {@code gatewayAccount} says whether the gateway has an account of its own. */
    public static Sms sms(boolean gatewayAccount) {
        return new Sms(gatewayAccount);
    }

    public static Push push(boolean gatewayAccount) {
        return new Push(gatewayAccount);
    }

    public RecordingProviderSender<M> answering(BiFunction<M, Optional<ProviderAccount>, AttemptResult> answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public String provider() {
        return "recording";
    }

    @Override
    public boolean hasGatewayAccount() {
        return gatewayAccount;
    }

    @Override
    public AttemptResult send(M message, Optional<ProviderAccount> account) {
        synchronized (sent) {
            sent.add(new Sent<>(message, account));
        }
        return answer.apply(message, account);
    }

    public List<Sent<M>> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public static final class Sms extends RecordingProviderSender<OutgoingText> implements SmsSender {
        private Sms(boolean gatewayAccount) {
            super(gatewayAccount);
        }
    }

    public static final class Push extends RecordingProviderSender<OutgoingPush> implements PushSender {
        private Push(boolean gatewayAccount) {
            super(gatewayAccount);
        }
    }
}
