package switchboard.adapter.in.admin.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.port.PageRequest;
import switchboard.application.port.in.GetMessageUseCase;
import switchboard.application.port.in.ListCapturedUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.recipient.Channel;

@Controller("/api/v1/tenants/{tenantId}")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessageController extends AdminApiController {

    private final GetMessageUseCase getMessage;
    private final ListCapturedUseCase listCaptured;
    private final MessageMapper mapper;

    public MessageController(GetMessageUseCase getMessage, ListCapturedUseCase listCaptured, MessageMapper mapper) {
        this.getMessage = getMessage;
        this.listCaptured = listCaptured;
        this.mapper = mapper;
    }

    /** A message with every delivery, its status, attempts and last error. */
    @Get("/messages/{messageId}")
    public MessageView get(String tenantId, String messageId, Authentication caller) {
        return mapper.view(getMessage.get(TenantAccess.check(caller, tenantId), PathIds.message(messageId)));
    }

    /** What was captured instead of sent, newest first; {@code channel} (any case, e.g. email or in_app) filters. */
    @Get("/captured")
    public CapturedList captured(String tenantId, @Nullable @QueryValue String channel,
                                 @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit,
                                 Authentication caller) {
        return new CapturedList(listCaptured.list(TenantAccess.check(caller, tenantId), channel(channel),
                new PageRequest(offset, limit)).stream().map(mapper::view).toList(), offset, limit);
    }

    private static Optional<Channel> channel(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace("INAPP", "IN_APP");
        return Optional.of(Arrays.stream(Channel.values()).filter(channel -> channel.name().equals(normalized)).findFirst()
                .orElseThrow(() -> new InvalidValueException("'" + name + "' is not a channel; use one of "
                        + Arrays.toString(Channel.values()))));
    }
}
