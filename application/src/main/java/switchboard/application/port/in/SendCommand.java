package switchboard.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/**
 * A request to send one message to some recipients.
 *
 * @param origin       which API accepted the request
 * @param notBefore    the earliest time to deliver; empty for now
 * @param awaitOutcome how long the caller waits for the first attempt of each delivery; zero to
 *                     return as soon as the message is stored
 */
public record SendCommand(TenantId tenantId, String origin, Content content, EmailOptions email,
                          List<RecipientRequest> recipients, Optional<Instant> notBefore, Duration awaitOutcome) {

    public static final int MAX_RECIPIENTS = 100_000;

    public SendCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(email, "email");
        require(recipients != null && !recipients.isEmpty(), "a message needs at least one recipient");
        require(recipients.size() <= MAX_RECIPIENTS, "a message may have at most %d recipients", MAX_RECIPIENTS);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(notBefore, "notBefore");
        require(awaitOutcome != null && !awaitOutcome.isNegative(), "awaitOutcome must not be negative");
    }
}
