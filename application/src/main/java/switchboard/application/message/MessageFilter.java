package switchboard.application.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.InvalidValueException;
import switchboard.domain.Invariants;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;

/**
 * Which messages to list: those of a campaign, from one API, created in a time range, or with at
 * least one delivery that is in a status (QUEUED finds the scheduled and retrying ones), on a
 * channel and to an address (as stored: an email address, an E.164 number), all three holding for
 * the same delivery. Empty parts do not filter.
 *
 * @param createdFrom   the earliest creation time listed
 * @param createdBefore the creation time from which messages are no longer listed
 */
public record MessageFilter(Optional<String> campaignId, Optional<String> origin, Optional<DeliveryStatus> status,
                            Optional<String> recipient, Optional<Channel> channel, Optional<Instant> createdFrom,
                            Optional<Instant> createdBefore) {

    public static final MessageFilter ALL = new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public MessageFilter {
        Objects.requireNonNull(campaignId, "campaignId").ifPresent(text -> Invariants.requireNoNul(text, "the campaign"));
        Objects.requireNonNull(origin, "origin").ifPresent(text -> Invariants.requireNoNul(text, "the API"));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recipient, "recipient").ifPresent(text -> Invariants.requireNoNul(text, "the recipient"));
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(createdFrom, "createdFrom")
                .ifPresent(time -> Invariants.requireStorableTime(time, "the start of the time range"));
        Objects.requireNonNull(createdBefore, "createdBefore")
                .ifPresent(time -> Invariants.requireStorableTime(time, "the end of the time range"));
        if (createdFrom.isPresent() && createdBefore.isPresent() && !createdFrom.get().isBefore(createdBefore.get())) {
            throw new InvalidValueException("the start of the time range must come before its end");
        }
    }

    /** A filter by campaign, API and delivery status only. */
    public MessageFilter(Optional<String> campaignId, Optional<String> origin, Optional<DeliveryStatus> status) {
        this(campaignId, origin, status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the filter names a delivery the message must have. */
    public boolean namesADelivery() {
        return status.isPresent() || recipient.isPresent() || channel.isPresent();
    }
}
