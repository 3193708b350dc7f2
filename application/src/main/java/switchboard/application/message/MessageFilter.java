package switchboard.application.message;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.DeliveryStatus;

/**
 * Which messages to list: those of a campaign, from one API, or with at least one delivery in
 * a status (QUEUED finds the scheduled and retrying ones). Empty parts do not filter.
 */
public record MessageFilter(Optional<String> campaignId, Optional<String> origin, Optional<DeliveryStatus> status) {

    public static final MessageFilter ALL = new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public MessageFilter {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
    }
}
