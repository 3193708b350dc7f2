package switchboard.adapter.in.dripcel.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code testMode}: send nothing, capture the SMS, and answer as a real send would. */
@Serdeable
public record SendOptions(@Nullable Boolean testMode) {

    public boolean test() {
        return Boolean.TRUE.equals(testMode);
    }
}
