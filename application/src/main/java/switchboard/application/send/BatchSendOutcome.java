package switchboard.application.send;

import java.util.Objects;

/** What became of one item of a batch: sent as its own message, or refused by the dialect or the domain's rules. */
public sealed interface BatchSendOutcome {

    record Sent(SendResult result) implements BatchSendOutcome {
        public Sent {
            Objects.requireNonNull(result, "result");
        }
    }

    record Refused(String reason) implements BatchSendOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
