package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Map;

import switchboard.application.sms.SmsPrices;

/**
 * {@code switchboard.dripcel.sms-price.*}: the price of one SMS segment, per country and delivery
 * method, for the whole gateway (Dripcel's {@code totalCost}, the console's SMS bubble). The keys
 * keep the name they were given when Dripcel's API was their only reader:
 * <pre>
 * switchboard.dripcel.sms-price:
 *   default: 1
 *   countries:
 *     ZA: {default: 0.2, transactional: 0.25}
 * </pre>
 */
@ConfigurationProperties("switchboard.dripcel.sms-price")
public class SmsPriceConfiguration {

    private BigDecimal defaultPrice = BigDecimal.ONE;
    private Map<String, Map<String, BigDecimal>> countries = Map.of();

    public BigDecimal getDefault() {
        return defaultPrice;
    }

    public void setDefault(BigDecimal price) {
        this.defaultPrice = price;
    }

    public Map<String, Map<String, BigDecimal>> getCountries() {
        return countries;
    }

    public void setCountries(Map<String, Map<String, BigDecimal>> countries) {
        this.countries = countries;
    }

    SmsPrices prices() {
        return new SmsPrices(defaultPrice, countries);
    }
}
