package switchboard.adapter.in.fliplet.email;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import switchboard.adapter.in.fliplet.AcceptedMessage;
import switchboard.adapter.in.fliplet.Batches;
import switchboard.adapter.in.fliplet.FlipletApiController;
import switchboard.adapter.in.fliplet.FlipletAuthenticator;
import switchboard.adapter.in.fliplet.LenientJson;
import switchboard.adapter.in.guard.IdempotentSends;
import switchboard.application.send.SendBatchUseCase;
import switchboard.application.send.SendMessageUseCase;
import switchboard.domain.tenant.TenantId;

/** Fliplet's {@code POST /v1/communicate/email} and its batch. */
@Controller("/v1/communicate/email")
@Consumes(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EmailController extends FlipletApiController {

    private final FlipletAuthenticator authenticator;
    private final LenientJson json;
    private final FlipletEmails emails;
    private final SendMessageUseCase sendMessage;
    private final SendBatchUseCase sendBatch;

    public EmailController(FlipletAuthenticator authenticator, LenientJson json, FlipletEmails emails,
                           SendMessageUseCase sendMessage, SendBatchUseCase sendBatch) {
        this.authenticator = authenticator;
        this.json = json;
        this.emails = emails;
        this.sendMessage = sendMessage;
        this.sendBatch = sendBatch;
    }

    @Post
    public AcceptedMessage email(HttpRequest<?> http, @Body byte[] body) {
        TenantId tenant = authenticator.tenantOf(http);
        EmailRequest request = json.read(body, EmailRequest.class);
        return AcceptedMessage.of(sendMessage.send(IdempotentSends.single(http, request.scopeForm()
                ? emails.scopeForm(tenant, request.asScopeEmail()) : emails.messageForm(tenant, request))));
    }

    @Post("/batch")
    public HttpResponse<?> batch(HttpRequest<?> http, @Body byte[] body) {
        TenantId tenant = authenticator.tenantOf(http);
        EmailBatchRequest request = json.read(body, EmailBatchRequest.class);
        if (request.scopeForm()) {
            return HttpResponse.ok(AcceptedMessage.of(sendMessage.send(IdempotentSends.single(http,
                    emails.scopeForm(tenant, request.asScopeEmail())))));
        }
        return Batches.send(http, request.emails(), email -> emails.messageForm(tenant, email), tenant, sendBatch);
    }
}
