package switchboard.adapter.in.capillary.send;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.domain.InvalidValueException;
import switchboard.domain.Invariants;

/**
 * Reads {@code scheduledTime}: ISO 8601 with any offset ({@code +05:30}, {@code +0530},
 * {@code +05} or {@code Z}), seconds and their fractions optional. A time without an offset
 * names no instant, and a date that does not exist (February 30) none either: both are refused
 * rather than guessed.
 */
final class ScheduledTimes {

    static final String EXAMPLE = "2024-02-22T00:25:06+05:30";

    private static final DateTimeFormatter ISO_WITH_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private ScheduledTimes() {
    }

    /** The instant, or empty when there is no time or it cannot be read (then recorded in {@code check}). */
    static Optional<Instant> read(String scheduledTime, ItemCheck check) {
        if (scheduledTime == null || scheduledTime.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Invariants.requireStorableTime(OffsetDateTime.parse(scheduledTime.strip(), ISO_WITH_OFFSET)
                    .toInstant(), "scheduledTime"));
        } catch (InvalidValueException e) {
            check.error(Fault.INVALID_SCHEDULED_TIME, e.getMessage());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            check.error(Fault.INVALID_SCHEDULED_TIME, "scheduledTime '" + scheduledTime
                    + "' is not an ISO 8601 date and time with an offset, such as " + EXAMPLE);
            return Optional.empty();
        }
    }
}
