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
import io.micronaut.security.authentication.Authentication;
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

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.message.CancelMessageUseCase;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.ListMessagesUseCase;
import switchboard.application.message.MessageFilter;
import switchboard.application.message.MessageRecord;
import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.Delivery;
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

    public MessagesController(ListMessagesUseCase listMessages, GetMessageUseCase getMessage, CancelMessageUseCase cancelMessage) {
        this.listMessages = listMessages;
        this.getMessage = getMessage;
        this.cancelMessage = cancelMessage;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String id, @Nullable @QueryValue String campaign,
                                @Nullable @QueryValue String origin, @Nullable @QueryValue String status,
                                @Nullable @QueryValue String recipient, @Nullable @QueryValue String channel,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @QueryValue(defaultValue = "0") int page, Authentication session) {
        Operator operator = Operator.of(session);
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
    public HttpResponse<?> message(String tenant, String id, Authentication session) {
        Operator operator = Operator.of(session);
        MessageRecord record = getMessage.get(operator.mayActOn(tenant), MessageId.parse(id));
        return page("message", MessagePage.of(new Chrome("Message", operator, tenant, Chrome.Section.MESSAGES), record));
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(String tenant, String id, @Body Map<String, String> form, Authentication session) {
        Operator operator = Operator.of(session);
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

        static MessagePage of(Chrome chrome, MessageRecord record) {
            List<DeliveryLine> lines = record.deliveries().stream()
                    .map(delivery -> DeliveryLine.of(chrome.tenant(), record.message(), delivery)).toList();
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

    /** A delivery and its timeline: queued, due, attempts, and where it stands now. */
    public record DeliveryLine(String id, String channel, String to, String status, int attempts, Instant created,
                               Instant notBefore, Instant updated, String lastError, String providerRef, String previewHref) {

        static DeliveryLine of(String tenant, Message message, Delivery delivery) {
            String messageId = message.id().value().toString();
            String deliveryId = delivery.id().value().toString();
            return new DeliveryLine(deliveryId, delivery.channel().name(), delivery.address().value(), delivery.status().name(),
                    delivery.attempts(), message.createdAt(), delivery.notBefore(), delivery.updatedAt(),
                    delivery.lastError().orElse(""), delivery.providerRef().orElse(""),
                    delivery.status() == DeliveryStatus.CAPTURED ? Paths.delivery(tenant, messageId, deliveryId) + "/preview" : "");
        }
    }
}
