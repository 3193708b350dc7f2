package switchboard.application.message;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import switchboard.application.audit.AuditFilter;
import switchboard.application.event.EventSelection;
import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filters of searches take only what the database can compare: no NUL in their texts, times in the years 1 to 9999. */
class SearchFiltersTest {

    private static final Instant FAR = Instant.parse("+300000-01-01T00:00:00Z");

    @Test
    void aMessageSearchRefusesANulOrAFarTime() {
        assertThatThrownBy(() -> new MessageFilter(Optional.of("spring\u0000"), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessage("the campaign cannot hold the character U+0000 (NUL)");
        assertThatThrownBy(() -> new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("a\u0000"),
                Optional.empty(), Optional.empty(), Optional.empty())).hasMessageContaining("the recipient cannot hold");
        assertThatThrownBy(() -> new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(FAR), Optional.empty())).hasMessage("the start of the time range must fall in the years 1 to 9999");
    }

    @Test
    void anAuditSearchAndAReplayRefuseThemToo() {
        assertThatThrownBy(() -> new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("POST\u0000"), Optional.empty(),
                Optional.empty())).hasMessage("action cannot hold the character U+0000 (NUL)");
        assertThatThrownBy(() -> new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(FAR))).hasMessage("until must fall in the years 1 to 9999");
        assertThatThrownBy(() -> new EventSelection(Optional.empty(), Optional.of(Instant.EPOCH), Optional.of(FAR)))
                .hasMessage("until must fall in the years 1 to 9999");
    }
}
