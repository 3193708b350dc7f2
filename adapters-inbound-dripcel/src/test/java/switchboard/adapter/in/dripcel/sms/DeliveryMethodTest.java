package switchboard.adapter.in.dripcel.sms;

import org.junit.jupiter.api.Test;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The delivery method a Dripcel SMS is priced by (the prices themselves: SmsPricesTest in the application). */
class DeliveryMethodTest {

    @Test
    void aMethodIsNamedInAnyCaseAndAnUnknownOneIsRefusedNamingTheKnown() {
        assertThat(DeliveryMethod.parse(" Reverse ")).isEqualTo(DeliveryMethod.REVERSE);
        assertThat(DeliveryMethod.parse("transactional").apiName()).isEqualTo("transactional");
        assertThatThrownBy(() -> DeliveryMethod.parse("express")).isInstanceOf(InvalidValueException.class)
                .hasMessage("deliveryMethod 'express' is not one of reverse, standard, transactional");
    }
}
