package switchboard.application.sms;

import java.math.BigDecimal;
import java.util.Optional;

import switchboard.domain.sms.SmsSegments;

/**
 * An SMS priced by the configured prices: its segments times the price of one segment to its
 * country, which is what the gateway would answer for it, not what a provider bills.
 *
 * @param country the recipient's country the price was read for; empty when the number has none
 */
public record SmsCost(Optional<String> country, SmsSegments segments, BigDecimal pricePerSegment, BigDecimal total) {
}
