package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.delivery.ListAttemptsUseCase;
import switchboard.application.message.CancelMessageUseCase;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.ListMessagesUseCase;
import switchboard.application.message.MessageFilter;
import switchboard.application.message.MessageRecord;
import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Content;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** The tenant's messages: a searchable, paged list, and each message with its deliveries' timelines. */
@Controller(Paths.ROOT + "/tenants/{tenant}/messages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class MessagesController extends ConsolePage {

    private final ListMessagesUseCase listMessages;
    private final GetMessageUseCase getMessage;
    private final CancelMessageUseCase cancelMessage;
    private final ListAttemptsUseCase listAttempts;

    public MessagesController(ListMessagesUseCase listMessages, GetMessageUseCase getMessage, CancelMessageUseCase cancelMessage,
                              ListAttemptsUseCase listAttempts) {
        this.listMessages = listMessages;
        this.getMessage = getMessage;
        this.cancelMessage = cancelMessage;
        this.listAttempts = listAttempts;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String id, @Nullable @QueryValue String campaign,
                                @Nullable @QueryValue String origin, @Nullable @QueryValue String status,
                                @Nullable @QueryValue String recipient, @Nullable @QueryValue String channel,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @QueryValue(defaultValue = "0") int page, Operator operator) {
        TenantId tenantId = operator.mayActOn(tenant);
        if (!blank(id)) {
            return redirect(Paths.message(tenant, MessageId.parse(id.trim()).value().toString()));
        }
        Search search = new Search(text(campaign), text(origin), text(status).toUpperCase(Locale.ROOT), text(recipient),
                text(channel).toUpperCase(Locale.ROOT), text(from), text(to), Math.max(page, 0));
        MessageFilter filter = new MessageFilter(optional(search.campaign()), optional(search.origin()),
                optional(search.status()).map(DeliveryStatus::valueOf), optional(search.recipient()),
                optional(search.channel()).map(Channel::valueOf), optional(search.from()).map(MessagesController::utc),
                optional(search.to()).map(MessagesController::utc));
        ListPage<MessageRows.Row> rows = ListPage.of(search.page(),
                request -> MessageRows.of(tenant, listMessages.list(tenantId, filter, request)));
        return page("messages", new MessagesPage(new Chrome("Messages", operator, tenant, Chrome.Section.MESSAGES), search,
                rows.rows(), rows.more()));
    }

    @Get("/{id}")
    public HttpResponse<?> message(String tenant, String id, Operator operator) {
        TenantId tenantId = operator.mayActOn(tenant);
        MessageId messageId = MessageId.parse(id);
        MessageRecord record = getMessage.get(tenantId, messageId);
        return page("message", MessagePage.of(new Chrome("Message", operator, tenant, Chrome.Section.MESSAGES), record,
                listAttempts.list(tenantId, messageId)));
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        cancelMessage.cancel(operator.mayActOn(tenant), MessageId.parse(id));
        return redirect(Paths.message(tenant, id));
    }

    /** A time as the form's datetime-local field gives it, read in UTC, as the pages show times. */
    private static Instant utc(String localTime) {
        try {
            return LocalDateTime.parse(localTime).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("'" + localTime + "' is not a time such as 2026-12-06T09:30");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String text) {
        return blank(text) ? "" : text.trim();
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The search as the form shows it again. */
    public record Search(String campaign, String origin, String status, String recipient, String channel, String from,
                         String to, int page) {

        public List<String> statuses() {
            return Arrays.stream(DeliveryStatus.values()).map(Enum::name).toList();
        }

        public List<String> channels() {
            return Arrays.stream(Channel.values()).map(Enum::name).toList();
        }

        public String pageHref(String tenant, int target) {
            return Paths.tenant(tenant) + "/messages?campaign=" + Paths.encode(campaign) + "&origin=" + Paths.encode(origin)
                    + "&status=" + Paths.encode(status) + "&recipient=" + Paths.encode(recipient)
                    + "&channel=" + Paths.encode(channel) + "&from=" + Paths.encode(from) + "&to=" + Paths.encode(to)
                    + "&page=" + target;
        }
    }

    public record MessagesPage(Chrome chrome, Search search, List<MessageRows.Row> rows, boolean more) {
    }

    public record MessagePage(Chrome chrome, Message message, List<DeliveryLine> deliveries, boolean cancellable) {

        static MessagePage of(Chrome chrome, MessageRecord record, List<AttemptRecord> history) {
            Map<DeliveryId, List<Step>> steps = history.stream().collect(Collectors.groupingBy(AttemptRecord::deliveryId,
                    Collectors.mapping(Step::of, Collectors.toList())));
            List<DeliveryLine> lines = record.deliveries().stream().map(delivery -> DeliveryLine.of(chrome.tenant(),
                    record.message(), delivery, steps.getOrDefault(delivery.id(), List.of()))).toList();
            return new MessagePage(chrome, record.message(), lines,
                    record.deliveries().stream().anyMatch(delivery -> delivery.status() == DeliveryStatus.QUEUED));
        }

        public String cancelHref() {
            return Paths.message(chrome.tenant(), message.id().value().toString()) + "/cancel";
        }

        public Content content() {
            return message.content();
        }
    }

    /**
     * A delivery and its timeline: queued, due, each attempt and report of its history, and where it
     * stands now. A delivery attempted before the gateway kept histories has none: its attempts are
     * counted instead, with the last error.
     */
    public record DeliveryLine(String id, String channel, String to, String status, int attempts, Instant created,
                               Instant notBefore, Instant updated, String lastError, String providerRef, List<Step> steps,
                               String previewHref) {

        static DeliveryLine of(String tenant, Message message, Delivery delivery, List<Step> steps) {
            String messageId = message.id().value().toString();
            String deliveryId = delivery.id().value().toString();
            return new DeliveryLine(deliveryId, delivery.channel().name(), delivery.address().value(), delivery.status().name(),
                    delivery.attempts(), message.createdAt(), delivery.notBefore(), delivery.updatedAt(),
                    delivery.lastError().orElse(""), delivery.providerRef().orElse(""), steps,
                    delivery.status() == DeliveryStatus.CAPTURED ? Paths.delivery(tenant, messageId, deliveryId) + "/preview" : "");
        }

        /** Whether the attempts are only counted: the delivery was attempted, and its history holds none of it. */
        public boolean onlyCounted() {
            return steps.isEmpty() && attempts > 0;
        }

        /**
         * The entries before the delivery's not-before time: the delivery keeps only its latest, so a
         * delivery retried or replayed was due again after them, and the timeline says so in its place.
         */
        public List<Step> stepsBeforeDue() {
            return steps.stream().filter(step -> step.at().isBefore(notBefore)).toList();
        }

        public List<Step> stepsFromDue() {
            return steps.stream().filter(step -> !step.at().isBefore(notBefore)).toList();
        }
    }

    /**
     * One entry of a delivery's history as its timeline says it: an attempt (its number, what it came to, the
     * provider and whose account) or a provider's report; empty texts for what the entry does not have.
     */
    public record Step(Instant at, boolean report, int attempt, String outcome, String said, String error, String provider,
                       String providerRef, String account, boolean fallback) {

        static Step of(AttemptRecord entry) {
            boolean report = entry.kind() == AttemptRecord.Kind.REPORT;
            return new Step(entry.at(), report, entry.attempt(), entry.outcome().name().toLowerCase(Locale.ROOT),
                    said(entry.outcome(), report), entry.error().orElse(""), entry.provider().orElse(""),
                    entry.providerRef().orElse(""), entry.account().map(Step::whose).orElse(""),
                    entry.account().filter(account -> account == AttemptRecord.Account.FALLBACK).isPresent());
        }

        private static String said(AttemptRecord.Outcome outcome, boolean report) {
            return switch (outcome) {
                case SENT -> report ? "handed on to the carrier" : "taken by the provider";
                case CAPTURED -> "captured, not sent";
                case RETRYING -> "failed, to be tried again";
                case DEAD -> "failed on its last attempt: dead";
                case FAILED -> "refused for good";
                case SUPPRESSED -> "refused: the address is gone, and suppressed";
                case DELIVERED -> "delivered";
                case READ -> "delivered and read";
                case UNDELIVERED -> "not delivered";
            };
        }

        private static String whose(AttemptRecord.Account account) {
            return switch (account) {
                case GATEWAY -> "the gateway's account";
                case PRIMARY -> "the tenant's primary account";
                case FALLBACK -> "the tenant's fallback account";
                case CALLER -> "the caller's own account";
            };
        }
    }
}
