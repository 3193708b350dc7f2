package switchboard.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/**
 * A request to send one message to some recipients. Start from {@link #of} and add what the
 * send needs with the {@code with...} methods.
 *
 * @param origin         which API accepted the request
 * @param channelContent what a channel says instead of {@code content} (a push notification's
 *                       own title and body, say)
 * @param notBefore      the earliest time to deliver; empty for now
 * @param awaitOutcome   how long the caller waits for the first attempt of each delivery; zero to
 *                       return as soon as the message is stored
 * @param campaignId     the caller's campaign, if any
 * @param testMode       capture every delivery instead of sending it
 * @param personalised   the content is a template whose fields (e.g. {@code {{first_name}}}) are
 *                       filled per recipient from their contact's data; with fields, every
 *                       recipient must be a contact
 */
public record SendCommand(TenantId tenantId, String origin, Content content, EmailOptions email,
                          List<RecipientRequest> recipients, Map<Channel, Content> channelContent,
                          Optional<Instant> notBefore, Duration awaitOutcome, Optional<String> campaignId,
                          boolean testMode, boolean personalised) {

    public static final int MAX_RECIPIENTS = 100_000;

    public SendCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(email, "email");
        require(recipients != null && !recipients.isEmpty(), "a message needs at least one recipient");
        require(recipients.size() <= MAX_RECIPIENTS, "a message may have at most %d recipients", MAX_RECIPIENTS);
        recipients = List.copyOf(recipients);
        channelContent = Map.copyOf(channelContent);
        Objects.requireNonNull(notBefore, "notBefore");
        require(awaitOutcome != null && !awaitOutcome.isNegative(), "awaitOutcome must not be negative");
        Objects.requireNonNull(campaignId, "campaignId");
        campaignId.ifPresent(id -> require(!id.isBlank() && id.length() <= Message.MAX_CAMPAIGN_ID_LENGTH,
                "a campaign id is 1 to %d characters", Message.MAX_CAMPAIGN_ID_LENGTH));
    }

    /** A plain send: no email options, now, without waiting, outside any campaign. */
    public static SendCommand of(TenantId tenantId, String origin, Content content, List<RecipientRequest> recipients) {
        return new SendCommand(tenantId, origin, content, EmailOptions.NONE, recipients, Map.of(), Optional.empty(),
                Duration.ZERO, Optional.empty(), false, false);
    }

    public SendCommand withEmail(EmailOptions options) {
        return new SendCommand(tenantId, origin, content, options, recipients, channelContent, notBefore, awaitOutcome,
                campaignId, testMode, personalised);
    }

    public SendCommand withChannelContent(Channel channel, Content channelSays) {
        Map<Channel, Content> merged = new EnumMap<>(Channel.class);
        merged.putAll(channelContent);
        merged.put(channel, channelSays);
        return new SendCommand(tenantId, origin, content, email, recipients, merged, notBefore, awaitOutcome, campaignId,
                testMode, personalised);
    }

    public SendCommand withNotBefore(Instant time) {
        return new SendCommand(tenantId, origin, content, email, recipients, channelContent, Optional.of(time), awaitOutcome,
                campaignId, testMode, personalised);
    }

    public SendCommand withAwaitOutcome(Duration budget) {
        return new SendCommand(tenantId, origin, content, email, recipients, channelContent, notBefore, budget, campaignId,
                testMode, personalised);
    }

    public SendCommand withCampaign(String id) {
        return new SendCommand(tenantId, origin, content, email, recipients, channelContent, notBefore, awaitOutcome,
                Optional.of(id), testMode, personalised);
    }

    public SendCommand withTestMode(boolean test) {
        return new SendCommand(tenantId, origin, content, email, recipients, channelContent, notBefore, awaitOutcome,
                campaignId, test, personalised);
    }

    public SendCommand withPersonalisation(boolean fillFields) {
        return new SendCommand(tenantId, origin, content, email, recipients, channelContent, notBefore, awaitOutcome,
                campaignId, testMode, fillFields);
    }
}
