package switchboard.application.send;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.provider.ProviderAccount;
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
 * @param sender         who an SMS or WhatsApp message says it is from, if not the channel's default
 * @param notBefore      the earliest time to deliver; empty for now
 * @param awaitOutcome   how long the caller waits for the first attempt of each delivery; zero to
 *                       return as soon as the message is stored
 * @param campaignId     the caller's campaign, if any
 * @param testMode       capture every delivery instead of sending it
 * @param personalised   the content is a template whose fields (e.g. {@code {{first_name}}}) are
 *                       filled per recipient from their contact's data; with fields, every
 *                       recipient must be a contact
 * @param accounts       the caller's own provider account per channel, to send with instead of
 *                       the gateway's
 * @param messageId      the id the message must have: fixed ahead when the request may be a repeat
 *                       (an Idempotency-Key's), so that a repeat finds what an earlier attempt
 *                       stored and stores nothing again; empty for a new random id
 * @param recordSkipped  a recipient given by its address and passed over (no contact has it, or it
 *                       was reported gone) is stored as a skipped delivery that says why, so that
 *                       the message exists even when it reaches nobody
 */
public record SendCommand(TenantId tenantId, String origin, Content content, EmailOptions email,
                          List<RecipientRequest> recipients, Map<Channel, Content> channelContent, Optional<String> sender,
                          Optional<Instant> notBefore, Duration awaitOutcome, Optional<String> campaignId,
                          boolean testMode, boolean personalised, Map<Channel, ProviderAccount> accounts,
                          Optional<MessageId> messageId, boolean recordSkipped) {

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
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(notBefore, "notBefore");
        require(awaitOutcome != null && !awaitOutcome.isNegative(), "awaitOutcome must not be negative");
        Objects.requireNonNull(campaignId, "campaignId");
        campaignId.ifPresent(id -> require(!id.isBlank() && id.length() <= Message.MAX_CAMPAIGN_ID_LENGTH,
                "a campaign id is 1 to %d characters", Message.MAX_CAMPAIGN_ID_LENGTH));
        accounts = Map.copyOf(accounts);
        Objects.requireNonNull(messageId, "messageId");
    }

    /** A plain send: no email options, now, without waiting, outside any campaign. */
    public static SendCommand of(TenantId tenantId, String origin, Content content, List<RecipientRequest> recipients) {
        return new SendCommand(tenantId, origin, content, EmailOptions.NONE, recipients, Map.of(), Optional.empty(),
                Optional.empty(), Duration.ZERO, Optional.empty(), false, false, Map.of(), Optional.empty(), false);
    }

    public SendCommand withEmail(EmailOptions options) {
        return changed(command -> command.email = options);
    }

    public SendCommand withChannelContent(Channel channel, Content channelSays) {
        return changed(command -> command.channelContent.put(channel, channelSays));
    }

    public SendCommand withSender(String name) {
        return changed(command -> command.sender = Optional.of(name));
    }

    public SendCommand withNotBefore(Instant time) {
        return changed(command -> command.notBefore = Optional.of(time));
    }

    public SendCommand withAwaitOutcome(Duration budget) {
        return changed(command -> command.awaitOutcome = budget);
    }

    public SendCommand withCampaign(String id) {
        return changed(command -> command.campaignId = Optional.of(id));
    }

    public SendCommand withTestMode(boolean test) {
        return changed(command -> command.testMode = test);
    }

    public SendCommand withPersonalisation(boolean fillFields) {
        return changed(command -> command.personalised = fillFields);
    }

    public SendCommand withProviderAccount(Channel channel, ProviderAccount account) {
        return changed(command -> command.accounts.put(channel, account));
    }

    /** The command with its message's id fixed ahead, if one is given. */
    public SendCommand withMessageId(Optional<MessageId> id) {
        return changed(command -> command.messageId = id);
    }

    public SendCommand withSkippedRecorded(boolean record) {
        return changed(command -> command.recordSkipped = record);
    }

    private SendCommand changed(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.command();
    }

    /** A command's parts while one of them changes; the new command checks them all again. */
    private static final class Draft {
        private final SendCommand from;
        private EmailOptions email;
        private final Map<Channel, Content> channelContent = new EnumMap<>(Channel.class);
        private Optional<String> sender;
        private Optional<Instant> notBefore;
        private Duration awaitOutcome;
        private Optional<String> campaignId;
        private boolean testMode;
        private boolean personalised;
        private final Map<Channel, ProviderAccount> accounts = new EnumMap<>(Channel.class);
        private Optional<MessageId> messageId;
        private boolean recordSkipped;

        Draft(SendCommand from) {
            this.from = from;
            email = from.email;
            channelContent.putAll(from.channelContent);
            sender = from.sender;
            notBefore = from.notBefore;
            awaitOutcome = from.awaitOutcome;
            campaignId = from.campaignId;
            testMode = from.testMode;
            personalised = from.personalised;
            accounts.putAll(from.accounts);
            messageId = from.messageId;
            recordSkipped = from.recordSkipped;
        }

        SendCommand command() {
            return new SendCommand(from.tenantId, from.origin, from.content, email, from.recipients, channelContent, sender,
                    notBefore, awaitOutcome, campaignId, testMode, personalised, accounts, messageId, recordSkipped);
        }
    }
}
