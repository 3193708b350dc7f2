package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.Gauge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * A value read from the database for gauges: a scrape reads every series, so the value is read at
 * most once per {@code refresh} and shared by all of them. While the database does not answer the
 * value is null, which the gauges show as NaN rather than as stale values.
 */
final class PeriodicReading<T> {

    private static final System.Logger LOG = System.getLogger(PeriodicReading.class.getName());

    private final String what;
    private final Supplier<T> read;
    private final Clock clock;
    private final Duration refresh;
    /** The latest value; null before the first read and after a failed one. */
    private T last;
    private Instant lastRead;

    /** @param what what is read, for the warning when a read fails ("counting the outbox") */
    PeriodicReading(String what, Supplier<T> read, Clock clock, Duration refresh) {
        this.what = what;
        this.read = read;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** A gauge of the value, NaN while the database fails. */
    Gauge.Builder<PeriodicReading<T>> gauge(String name, String description, String unit, ToDoubleFunction<T> value) {
        return Gauge.builder(name, this, reading -> {
            T current = reading.current();
            return current == null ? Double.NaN : value.applyAsDouble(current);
        }).description(description).baseUnit(unit).strongReference(true);
    }

    /** The latest value, read again once the last read is older than the refresh interval; null while the database fails. */
    synchronized T current() {
        Instant now = clock.instant();
        if (lastRead == null || !lastRead.plus(refresh).isAfter(now)) {
            lastRead = now;
            boolean wasFailing = last == null;
            try {
                last = read.get();
            } catch (RuntimeException e) {
                if (!wasFailing) {
                    LOG.log(System.Logger.Level.WARNING, what + " for the metrics failed; its gauges are NaN until a read "
                            + "succeeds: " + e);
                }
                last = null;
            }
        }
        return last;
    }
}
