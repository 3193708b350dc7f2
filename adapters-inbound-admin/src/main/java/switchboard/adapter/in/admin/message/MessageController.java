package switchboard.adapter.in.admin.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Names;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.delivery.ListAttemptsUseCase;
import switchboard.application.message.CancelMessageUseCase;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.ListCapturedUseCase;
import switchboard.application.message.ListMessagesUseCase;
import switchboard.application.message.MessageFilter;
import switchboard.application.shared.PageRequest;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

@Controller("/api/v1/tenants/{tenantId}")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessageController extends AdminApiController {

    private final GetMessageUseCase getMessage;
    private final ListMessagesUseCase listMessages;
    private final CancelMessageUseCase cancelMessage;
    private final ListCapturedUseCase listCaptured;
    private final ListAttemptsUseCase listAttempts;
    private final MessageMapper mapper;

    public MessageController(GetMessageUseCase getMessage, ListMessagesUseCase listMessages,
                             CancelMessageUseCase cancelMessage, ListCapturedUseCase listCaptured,
                             ListAttemptsUseCase listAttempts, MessageMapper mapper) {
        this.getMessage = getMessage;
        this.listAttempts = listAttempts;
        this.listMessages = listMessages;
        this.cancelMessage = cancelMessage;
        this.listCaptured = listCaptured;
        this.mapper = mapper;
    }

    /**
     * The tenant's messages, newest first. {@code status=QUEUED} finds those with deliveries still
     * waiting (scheduled or retrying); {@code campaignId} and {@code origin} narrow further.
     */
    @Get("/messages")
    public MessageList list(String tenantId, @Nullable @QueryValue String campaignId, @Nullable @QueryValue String origin,
                            @Nullable @QueryValue String status, @QueryValue(defaultValue = "0") int offset,
                            @QueryValue(defaultValue = "100") int limit, Authentication caller) {
        MessageFilter filter = new MessageFilter(Optional.ofNullable(campaignId), Optional.ofNullable(origin),
                Optional.ofNullable(status).map(Names::status));
        return new MessageList(listMessages.list(TenantAccess.check(caller, tenantId), filter, new PageRequest(offset, limit))
                .stream().map(mapper::view).toList(), offset, limit);
    }

    /** Stops what the message has not sent yet: scheduled deliveries and those waiting to retry. */
    @Post("/messages/{messageId}/cancel")
    public Cancelled cancel(String tenantId, String messageId, Authentication caller) {
        return new Cancelled(cancelMessage.cancel(TenantAccess.check(caller, tenantId), PathIds.message(messageId)));
    }

    /** A message with every delivery, its status, attempts and last error, and its history. */
    @Get("/messages/{messageId}")
    public MessageView get(String tenantId, String messageId, Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        MessageId id = PathIds.message(messageId);
        return mapper.view(getMessage.get(tenant, id), listAttempts.list(tenant, id));
    }

    /** What was captured instead of sent, newest first; {@code channel} (any case, e.g. email or in_app) filters. */
    @Get("/captured")
    public CapturedList captured(String tenantId, @Nullable @QueryValue String channel,
                                 @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit,
                                 Authentication caller) {
        return new CapturedList(listCaptured.list(TenantAccess.check(caller, tenantId), Names.channelFilter(channel),
                new PageRequest(offset, limit)).stream().map(mapper::view).toList(), offset, limit);
    }
}
