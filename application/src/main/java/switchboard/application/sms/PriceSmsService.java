package switchboard.application.sms;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.sms.port.PhoneNumberCountries;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.sms.SmsSegments;

/** Prices an SMS by the recipient's country, as the Dripcel API prices a send to that country. */
public final class PriceSmsService implements PriceSmsUseCase {

    private final SmsPrices prices;
    private final PhoneNumberCountries countries;

    public PriceSmsService(SmsPrices prices, PhoneNumberCountries countries) {
        this.prices = Objects.requireNonNull(prices, "prices");
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    @Override
    public SmsCost price(PhoneNumber to, String text) {
        Optional<String> country = countries.countryOf(to);
        SmsSegments segments = SmsSegments.of(text);
        BigDecimal price = prices.price(country.orElse(""), Optional.empty());
        return new SmsCost(country, segments, price, SmsPrices.times(segments.segments(), price));
    }
}
