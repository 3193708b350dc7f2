package switchboard.domain.delivery;

import java.util.Objects;
import java.util.Optional;

import static switchboard.domain.Invariants.requireText;

/**
 * What a provider reports, after the fact, about a message it accepted: that it went out, reached
 * the recipient, was read, or could not be delivered.
 *
 * @param providerRef the provider's id of the message
 * @param error       the provider's error code and text, for an undelivered message
 */
public record ProviderReport(String providerRef, Outcome outcome, Optional<String> error) {

    public static final int MAX_REF_LENGTH = 200;

    public enum Outcome {
        /** Handed on to the carrier: says no more than the provider accepting it did. */
        SENT,
        DELIVERED,
        /** Delivered, and opened by the recipient. */
        READ,
        /** The provider gave up: the recipient was not reached. */
        UNDELIVERED
    }

    public ProviderReport {
        requireText(providerRef, "the provider's message id", MAX_REF_LENGTH);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(error, "error");
    }
}
