package switchboard.application.sms;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import switchboard.domain.sms.SmsSegments;

/**
 * The configured price of one SMS segment, per country and delivery method, in whatever unit the
 * prices are written in (credits, rand...). A country's method price comes first, then the
 * country's {@code default}, then the overall default. Countries and methods are matched ignoring
 * case ({@code ZA} or {@code za}, {@code Reverse}).
 */
public final class SmsPrices {

    /** The key of a country's price for any method it does not list. */
    private static final String DEFAULT = "default";

    private final BigDecimal defaultPrice;
    private final Map<String, Map<String, BigDecimal>> countries;

    public SmsPrices(BigDecimal defaultPrice, Map<String, Map<String, BigDecimal>> countries) {
        this.defaultPrice = Objects.requireNonNull(defaultPrice, "defaultPrice");
        Map<String, Map<String, BigDecimal>> byCountry = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        countries.forEach((country, prices) -> {
            Map<String, BigDecimal> byMethod = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            byMethod.putAll(prices);
            byCountry.put(country, byMethod);
        });
        this.countries = byCountry;
    }

    /** The price of one segment to the country, by the method when one is known, else the country's default. */
    public BigDecimal price(String country, Optional<String> method) {
        Map<String, BigDecimal> prices = countries.getOrDefault(country, Map.of());
        BigDecimal countryDefault = prices.getOrDefault(DEFAULT, defaultPrice);
        return method.map(name -> prices.getOrDefault(name, countryDefault)).orElse(countryDefault);
    }

    /** What the text costs: its segments (GSM-7 or UCS-2 rules) times the price of one, without trailing zeros. */
    public BigDecimal cost(String text, String country, Optional<String> method) {
        return times(SmsSegments.of(text).segments(), price(country, method));
    }

    static BigDecimal times(int segments, BigDecimal price) {
        BigDecimal total = price.multiply(BigDecimal.valueOf(segments));
        return new BigDecimal(total.stripTrailingZeros().toPlainString());
    }
}
