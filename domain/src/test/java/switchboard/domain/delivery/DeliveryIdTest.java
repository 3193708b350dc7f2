package switchboard.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import switchboard.domain.message.MessageId;

class DeliveryIdTest {

    @Test
    void aDerivedIdIsTheNameBasedUuidOfTheMessageIdAndIndex() {
        MessageId message = MessageId.random();
        IntFunction<DeliveryId> ids = DeliveryId.derivedFrom(message);
        for (int index : new int[]{0, 1, 9, 10, 99_999, Integer.MAX_VALUE}) {
            UUID expected = UUID.nameUUIDFromBytes((message + "/" + index).getBytes(StandardCharsets.UTF_8));
            assertThat(ids.apply(index).value()).as("index %d", index).isEqualTo(expected);
            assertThat(DeliveryId.derived(message, index).value()).isEqualTo(expected);
        }
    }

    @Test
    void theSameMessageAndIndexGiveTheSameIdAndOthersAnother() {
        MessageId message = MessageId.random();
        assertThat(DeliveryId.derived(message, 3)).isEqualTo(DeliveryId.derivedFrom(message).apply(3))
                .isNotEqualTo(DeliveryId.derived(message, 4))
                .isNotEqualTo(DeliveryId.derived(MessageId.random(), 3));
    }
}
