package switchboard.application.sms;

import switchboard.domain.recipient.PhoneNumber;

public interface PriceSmsUseCase {

    /**
     * What an SMS of this text to the number costs by the configured prices: the price of one
     * segment to the number's country (its {@code default}: no delivery method is known), times
     * the segments.
     */
    SmsCost price(PhoneNumber to, String text);
}
