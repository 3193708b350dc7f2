package switchboard.adapter.in.admin.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;
import java.util.Optional;

/** How many days a tenant's finished messages are kept; null for the gateway's default. */
@Serdeable
public record RetentionSetting(@Nullable @Min(1) @Max(MAX_DAYS) Integer days) {

    /** Ten years: far beyond any sensible history, and short of overflowing a timestamp's arithmetic. */
    static final int MAX_DAYS = 3650;

    Optional<Duration> retention() {
        return Optional.ofNullable(days).map(Duration::ofDays);
    }
}
