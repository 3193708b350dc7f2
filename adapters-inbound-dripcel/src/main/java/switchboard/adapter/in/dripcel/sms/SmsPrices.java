package switchboard.adapter.in.dripcel.sms;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import switchboard.domain.sms.SmsSegments;

/**
 * {@code switchboard.dripcel.sms-price.*}: the price of one SMS segment, per country and delivery
 * method. A country's {@code <method>} price comes first, then the country's {@code default},
 * then the overall {@code default}:
 * <pre>
 * switchboard.dripcel.sms-price:
 *   default: 1
 *   countries:
 *     ZA: {default: 0.2, transactional: 0.25}
 * </pre>
 */
@ConfigurationProperties("switchboard.dripcel.sms-price")
public class SmsPrices {

    private static final String DEFAULT = "default";

    private BigDecimal defaultPrice = BigDecimal.ONE;
    private Map<String, Map<String, BigDecimal>> countries = Map.of();

    /** What the SMS costs: its segments (GSM-7 or UCS-2 rules) times the price of one. */
    public BigDecimal cost(String text, String country, DeliveryMethod method) {
        BigDecimal total = price(country, method).multiply(BigDecimal.valueOf(SmsSegments.of(text).segments()));
        return new BigDecimal(total.stripTrailingZeros().toPlainString());
    }

    BigDecimal price(String country, DeliveryMethod method) {
        Map<String, BigDecimal> prices = countries.getOrDefault(country, Map.of());
        return prices.getOrDefault(method.apiName(), prices.getOrDefault(DEFAULT, defaultPrice));
    }

    public BigDecimal getDefault() {
        return defaultPrice;
    }

    public void setDefault(BigDecimal price) {
        this.defaultPrice = price;
    }

    public Map<String, Map<String, BigDecimal>> getCountries() {
        return countries;
    }

    /** Countries and methods are matched ignoring case ({@code ZA} or {@code za}, {@code Reverse}). */
    public void setCountries(Map<String, Map<String, BigDecimal>> countries) {
        Map<String, Map<String, BigDecimal>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        countries.forEach((country, prices) -> {
            Map<String, BigDecimal> byMethod = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            byMethod.putAll(prices);
            copy.put(country, byMethod);
        });
        this.countries = copy;
    }
}
