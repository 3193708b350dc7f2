package switchboard.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import switchboard.domain.message.MessageId;

class DeliveryIdTest {

    @Test
    void aDerivedIdIsTheMessageIdWithTheIndexInItsLast32BitsAndVersion8() {
        MessageId message = MessageId.parse("0b9c3f6e-51a2-4d7e-9f10-23456789abcd");
        assertThat(DeliveryId.derived(message, 0)).hasToString("0b9c3f6e-51a2-8d7e-9f10-234500000000");
        assertThat(DeliveryId.derived(message, 10)).hasToString("0b9c3f6e-51a2-8d7e-9f10-23450000000a");
        assertThat(DeliveryId.derived(message, Integer.MAX_VALUE)).hasToString("0b9c3f6e-51a2-8d7e-9f10-23457fffffff");
        assertThat(DeliveryId.derived(message, 7).value().version()).isEqualTo(8);
        assertThat(DeliveryId.derived(message, 7).value().variant()).as("the IETF variant, kept").isEqualTo(2);
    }

    @Test
    void aMessagesDeliveriesSortTogetherInTheirOrder() {
        MessageId message = MessageId.generate();
        IntFunction<DeliveryId> ids = DeliveryId.derivedFrom(message);
        List<UUID> composed = IntStream.range(0, 1_000).mapToObj(index -> ids.apply(index).value()).toList();
        assertThat(composed).isSorted().doesNotHaveDuplicates();
        assertThat(composed.get(999)).isEqualTo(DeliveryId.derived(message, 999).value());
    }

    @Test
    void theSameMessageAndIndexGiveTheSameIdAndOthersAnother() {
        MessageId message = MessageId.generate();
        assertThat(DeliveryId.derived(message, 3)).isEqualTo(DeliveryId.derivedFrom(message).apply(3))
                .isNotEqualTo(DeliveryId.derived(message, 4))
                .isNotEqualTo(DeliveryId.derived(MessageId.generate(), 3));
    }
}
