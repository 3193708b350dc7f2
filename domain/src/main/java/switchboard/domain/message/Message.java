package switchboard.domain.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;
import static switchboard.domain.Invariants.requireText;

/**
 * One request to reach people: what to say and how, sent to recipients by deliveries.
 *
 * @param origin     which API accepted it (e.g. {@code admin}, {@code fliplet}), for status and audit
 * @param sender     who an SMS or WhatsApp message says it is from (a phone number or an alphanumeric
 *                   sender id), or null for the sender the channel is configured with
 * @param campaignId the caller's campaign the message belongs to, if any, to find its messages later
 * @param testMode   a test: every delivery is captured, none reaches a provider
 */
public record Message(MessageId id, TenantId tenantId, String origin, Content content, EmailOptions email, String sender,
                      String campaignId, boolean testMode, Instant createdAt) {

    public static final int MAX_CAMPAIGN_ID_LENGTH = 100;
    public static final int MAX_SENDER_LENGTH = 50;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        requireText(origin, "origin", 32);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(email, "email");
        require(sender == null || !sender.isBlank() && sender.length() <= MAX_SENDER_LENGTH
                && sender.chars().noneMatch(Character::isISOControl), "a sender is 1 to %d characters", MAX_SENDER_LENGTH);
        require(campaignId == null || !campaignId.isBlank() && campaignId.length() <= MAX_CAMPAIGN_ID_LENGTH,
                "a campaign id is 1 to %d characters", MAX_CAMPAIGN_ID_LENGTH);
        requireNoNul(campaignId, "a campaign id");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Optional<String> campaign() {
        return Optional.ofNullable(campaignId);
    }
}
