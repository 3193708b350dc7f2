package switchboard.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvariantsTest {

    @Test
    void aStorableTimeFallsInTheYears1To9999() {
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");

        assertThat(Invariants.requireStorableTime(last, "scheduledTime")).isEqualTo(last);
        assertThat(Invariants.requireStorableTime(Instant.parse("0001-01-01T00:00:00Z"), "from")).isNotNull();
        assertThatThrownBy(() -> Invariants.requireStorableTime(Instant.parse("+300000-01-01T00:00:00Z"), "scheduledTime"))
                .isInstanceOf(InvalidValueException.class).hasMessage("scheduledTime must fall in the years 1 to 9999");
        assertThatThrownBy(() -> Invariants.requireStorableTime(Instant.parse("-5000-01-01T00:00:00Z"), "from"))
                .hasMessage("from must fall in the years 1 to 9999");
    }

    @Test
    void noTextHoldsANul() {
        Invariants.requireNoNul(null, "nothing");
        Invariants.requireNoNul("plain", "plain");
        assertThatThrownBy(() -> Invariants.requireNoNul("a\u0000b", "the subject"))
                .hasMessage("the subject cannot hold the character U+0000 (NUL)");
    }
}
