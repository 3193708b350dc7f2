package switchboard.adapter.in.admin.send;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.time.Duration;
import java.util.List;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.ProblemDetails;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.adapter.in.guard.IdempotentSends;
import switchboard.application.send.SendMessageUseCase;
import switchboard.application.send.SendResult;

/**
 * The AdminOnly multi-channel send: one message through several channels at once, for the
 * caller's tenant, answering per channel. 200 even when some channels fail; 400 when all do.
 */
@Controller("/api/v1/communications")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CommunicationsController extends AdminApiController {

    private final SendMessageUseCase sendMessage;
    private final Duration budget;

    public CommunicationsController(SendMessageUseCase sendMessage,
                                    @Value("${switchboard.admin.send-timeout:10s}") Duration budget) {
        this.sendMessage = sendMessage;
        this.budget = budget;
    }

    @Post("/send")
    public HttpResponse<?> send(HttpRequest<?> http, @Valid @Body SendRequest request, Authentication caller) {
        SendResult result = sendMessage.send(IdempotentSends.single(http, request.command(TenantAccess.ownTenant(caller), budget)));
        List<ChannelResult> results = ChannelResults.of(request, result);
        if (results.stream().noneMatch(ChannelResult::success)) {
            List<String> errors = results.stream().map(failed -> failed.channel() + ": " + failed.error()).toList();
            return ProblemDetails.response(http, HttpStatus.BAD_REQUEST, "Dispatch failed on every channel.", errors);
        }
        return HttpResponse.ok(new SendResponse(results));
    }
}
