package switchboard.adapter.in.fliplet.sms;

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

/** Fliplet's {@code POST /v1/communicate/sms} and its batch. */
@Controller("/v1/communicate/sms")
@Consumes(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SmsController extends FlipletApiController {

    private final FlipletAuthenticator authenticator;
    private final LenientJson json;
    private final FlipletSms sms;
    private final SendMessageUseCase sendMessage;
    private final SendBatchUseCase sendBatch;

    public SmsController(FlipletAuthenticator authenticator, LenientJson json, FlipletSms sms, SendMessageUseCase sendMessage,
                         SendBatchUseCase sendBatch) {
        this.authenticator = authenticator;
        this.json = json;
        this.sms = sms;
        this.sendMessage = sendMessage;
        this.sendBatch = sendBatch;
    }

    @Post
    public AcceptedMessage send(HttpRequest<?> http, @Body byte[] body) {
        TenantId tenant = authenticator.tenantOf(http);
        return AcceptedMessage.of(sendMessage.send(IdempotentSends.single(http, sms.command(tenant,
                json.read(body, SmsRequest.class)))));
    }

    @Post("/batch")
    public HttpResponse<?> batch(HttpRequest<?> http, @Body byte[] body) {
        TenantId tenant = authenticator.tenantOf(http);
        return Batches.send(http, json.read(body, SmsBatchRequest.class).sms(), request -> sms.command(tenant, request), tenant,
                sendBatch);
    }
}
