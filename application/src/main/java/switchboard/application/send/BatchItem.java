package switchboard.application.send;

import java.util.Objects;

/**
 * One item of a batch, as the caller's dialect read it: a command to send, or an item the
 * dialect already refused, which the batch answers as refused in its place.
 */
public sealed interface BatchItem {

    record Send(SendCommand command) implements BatchItem {
        public Send {
            Objects.requireNonNull(command, "command");
        }
    }

    record Refused(String reason) implements BatchItem {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
