package switchboard.application.sms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** What an SMS costs: the price of a segment, by country and delivery method, times its segments. */
class SmsPricesTest {

    private final SmsPrices prices = new SmsPrices(new BigDecimal("1"),
            Map.of("za", Map.of("default", new BigDecimal("0.20"), "Transactional", new BigDecimal("0.25"))));

    @Test
    void theCountrysMethodPriceComesFirstThenTheCountrysDefaultThenTheOverallDefault() {
        assertThat(prices.cost("Hi", "ZA", Optional.of("transactional"))).isEqualTo(new BigDecimal("0.25"));
        assertThat(prices.cost("Hi", "ZA", Optional.of("reverse"))).isEqualTo(new BigDecimal("0.2"));
        assertThat(prices.cost("Hi", "ZA", Optional.empty())).as("no method known").isEqualTo(new BigDecimal("0.2"));
        assertThat(prices.cost("Hi", "NG", Optional.of("transactional"))).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void aLongerTextCostsEverySegment() {
        assertThat(prices.cost("a".repeat(160), "ZA", Optional.of("standard"))).isEqualTo(new BigDecimal("0.2"));
        assertThat(prices.cost("a".repeat(161), "ZA", Optional.of("standard"))).isEqualTo(new BigDecimal("0.4"));
        // Outside GSM-7 a segment holds 70 characters.
        assertThat(prices.cost("\u00e7a va \u2713 ".repeat(10), "ZA", Optional.of("standard"))).isEqualTo(new BigDecimal("0.4"));
    }

    @Test
    void anSmsIsPricedByItsRecipientsCountryDefault() {
        PriceSmsService service = new PriceSmsService(prices,
                number -> Optional.of(number.value().startsWith("+27") ? "ZA" : "NG"));

        SmsCost cost = service.price(new PhoneNumber("+27821234567"), "a".repeat(161));

        assertThat(cost.country()).hasValue("ZA");
        assertThat(cost.segments().segments()).isEqualTo(2);
        assertThat(cost.pricePerSegment()).isEqualByComparingTo("0.2");
        assertThat(cost.total()).isEqualTo(new BigDecimal("0.4"));
    }

    @Test
    void aNumberOfNoCountryTakesTheOverallDefault() {
        SmsCost cost = new PriceSmsService(prices, number -> Optional.empty()).price(new PhoneNumber("+80012345678"), "Hi");

        assertThat(cost.country()).isEmpty();
        assertThat(cost.total()).isEqualTo(new BigDecimal("1"));
    }
}
