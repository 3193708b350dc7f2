package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import switchboard.application.sms.PriceSmsService;
import switchboard.application.sms.PriceSmsUseCase;
import switchboard.application.sms.SmsPrices;
import switchboard.application.sms.port.PhoneNumberCountries;

/** The configured SMS prices, and an SMS priced by them. */
@Factory
class SmsFactory {

    @Singleton
    SmsPrices smsPrices(SmsPriceConfiguration configuration) {
        return configuration.prices();
    }

    @Singleton
    PriceSmsUseCase priceSms(SmsPrices prices, PhoneNumberCountries countries) {
        return new PriceSmsService(prices, countries);
    }
}
