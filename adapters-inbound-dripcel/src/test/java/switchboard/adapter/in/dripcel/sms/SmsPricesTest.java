package switchboard.adapter.in.dripcel.sms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a Dripcel SMS costs: the price of a segment, by country and delivery method, times its segments. */
class SmsPricesTest {

    private final SmsPrices prices = new SmsPrices();

    SmsPricesTest() {
        prices.setDefault(new BigDecimal("1"));
        prices.setCountries(Map.of("za", Map.of("default", new BigDecimal("0.20"), "Transactional", new BigDecimal("0.25"))));
    }

    @Test
    void theCountrysMethodPriceComesFirstThenTheCountrysDefaultThenTheOverallDefault() {
        assertThat(prices.cost("Hi", "ZA", DeliveryMethod.TRANSACTIONAL)).isEqualTo(new BigDecimal("0.25"));
        assertThat(prices.cost("Hi", "ZA", DeliveryMethod.REVERSE)).isEqualTo(new BigDecimal("0.2"));
        assertThat(prices.cost("Hi", "NG", DeliveryMethod.TRANSACTIONAL)).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void aLongerTextCostsEverySegment() {
        assertThat(prices.cost("a".repeat(160), "ZA", DeliveryMethod.STANDARD)).isEqualTo(new BigDecimal("0.2"));
        assertThat(prices.cost("a".repeat(161), "ZA", DeliveryMethod.STANDARD)).isEqualTo(new BigDecimal("0.4"));
        // Outside GSM-7 a segment holds 70 characters.
        assertThat(prices.cost("\u00e7a va \u2713 ".repeat(10), "ZA", DeliveryMethod.STANDARD)).isEqualTo(new BigDecimal("0.4"));
    }

    @Test
    void aMethodIsNamedInAnyCaseAndAnUnknownOneIsRefusedNamingTheKnown() {
        assertThat(DeliveryMethod.parse(" Reverse ")).isEqualTo(DeliveryMethod.REVERSE);
        assertThatThrownBy(() -> DeliveryMethod.parse("express")).isInstanceOf(InvalidValueException.class)
                .hasMessage("deliveryMethod 'express' is not one of reverse, standard, transactional");
    }
}
