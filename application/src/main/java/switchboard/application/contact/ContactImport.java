package switchboard.application.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/**
 * A contacts import and how far it has got: lines read, contacts stored, lines refused, and the
 * refused lines themselves (the first {@link #MAX_REPORTED_ERRORS}; {@code refused} counts them all).
 *
 * @param failure why a failed import stopped; the contacts stored before it stay
 */
public record ContactImport(UUID id, TenantId tenantId, String format, State state, long linesRead, long imported,
                            long refused, List<LineError> errors, Instant startedAt, Instant updatedAt,
                            Optional<String> failure) {

    public static final int MAX_REPORTED_ERRORS = 1000;

    public ContactImport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(state, "state");
        errors = List.copyOf(errors);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(failure, "failure");
    }

    public enum State {
        /** Lines are still being read; the counts grow with each stored batch. */
        RUNNING,
        /** Every line was read: the good ones are stored, the bad ones reported. */
        FINISHED,
        /** The body could not be read to its end (the connection broke, the body was too large). */
        FAILED
    }

    /** A refused line and why. */
    public record LineError(long line, String reason) {
        public LineError {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
