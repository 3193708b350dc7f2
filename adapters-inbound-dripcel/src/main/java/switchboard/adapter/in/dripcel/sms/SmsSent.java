package switchboard.adapter.in.dripcel.sms;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * The {@code data} of a sent SMS. {@code customerId} (the message's id) is absent when the
 * cell was skipped for not being a contact; then {@code skipped} is 1 and nothing costs.
 */
@Serdeable
public record SmsSent(String customerId, BigDecimal totalCost, int skipped) {
}
