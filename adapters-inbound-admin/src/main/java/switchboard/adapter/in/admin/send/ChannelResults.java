package switchboard.adapter.in.admin.send;

import java.util.ArrayList;
import java.util.List;

import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.SendResult;
import switchboard.domain.delivery.Delivery;

/**
 * Says, per channel, whether the message was handed over within the request's time budget: a
 * provider accepted it, it was captured (no provider configured), or it is in the user's inbox.
 */
final class ChannelResults {

    private ChannelResults() {
    }

    static List<ChannelResult> of(SendRequest request, SendResult result) {
        List<ChannelResult> results = new ArrayList<>();
        for (int i = 0; i < request.channels().size(); i++) {
            String channel = AdminChannel.named(request.channels().get(i)).orElseThrow().apiName();
            results.add(result(channel, result.outcomes().get(i)));
        }
        return results;
    }

    private static ChannelResult result(String channel, RecipientOutcome outcome) {
        if (outcome instanceof RecipientOutcome.Rejected rejected) {
            String error = rejected.reason() == RecipientOutcome.Reason.UNKNOWN_CONTACT ? "User not found" : rejected.detail();
            return new ChannelResult(channel, false, error);
        }
        Delivery delivery = ((RecipientOutcome.Accepted) outcome).deliveries().get(0);
        String error = switch (delivery.status()) {
            case SENT, DELIVERED, CAPTURED -> null;
            case FAILED, DEAD -> delivery.lastError().orElse("Delivery failed");
            case QUEUED -> "Not delivered yet (" + delivery.lastError().orElse("waiting") + "); retrying in the background";
            case SENDING -> "Still sending when the request's time ran out; it goes on in the background";
            case CANCELLED -> "Cancelled";
            case SKIPPED -> delivery.lastError().orElse("Skipped");
        };
        return new ChannelResult(channel, error == null, error);
    }
}
