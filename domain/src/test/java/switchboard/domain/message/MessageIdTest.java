package switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MessageIdTest {

    @Test
    void aGeneratedIdIsAVersion7UuidCarryingItsTimeInMilliseconds() {
        long before = System.currentTimeMillis();
        UUID id = MessageId.generate().value();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).as("the IETF variant").isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsGeneratedInLaterMillisecondsSortAfterEarlierOnesAndNeverRepeat() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            ids.add(MessageId.generate().value());
            Thread.sleep(2);
        }
        assertThat(ids).isSorted();
        assertThat(List.of(MessageId.generate(), MessageId.generate(), MessageId.generate())).doesNotHaveDuplicates();
    }
}
