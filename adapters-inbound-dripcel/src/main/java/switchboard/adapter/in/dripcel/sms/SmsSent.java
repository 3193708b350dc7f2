package switchboard.adapter.in.dripcel.sms;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * The {@code data} of a sent SMS: {@code customerId} (the message's id), as Dripcel documents it,
 * also when the cell was skipped for not being a contact; then {@code skipped} is 1, nothing
 * costs, and the send's status reads {@code skipped}.
 */
@Serdeable
public record SmsSent(String customerId, BigDecimal totalCost, int skipped) {
}
