package switchboard.adapter.in.dripcel.email;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import switchboard.adapter.in.dripcel.ApiKeyFilter;
import switchboard.adapter.in.dripcel.DripcelAnswer;
import switchboard.adapter.in.dripcel.DripcelApiController;
import switchboard.adapter.in.guard.IdempotentSends;
import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.SendMessageUseCase;
import switchboard.application.send.SendResult;
import switchboard.application.shared.NotFoundException;
import switchboard.application.template.GetTemplateUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;

/**
 * Dripcel's bulk email: one stored template to many destinations, in one message whose
 * deliveries are stored in one transaction, now or at {@code to_start_at}.
 */
@Controller("/send/email/bulk")
@Consumes(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BulkEmailController extends DripcelApiController {

    private final GetTemplateUseCase getTemplate;
    private final SendMessageUseCase sendMessage;

    public BulkEmailController(GetTemplateUseCase getTemplate, SendMessageUseCase sendMessage) {
        this.getTemplate = getTemplate;
        this.sendMessage = sendMessage;
    }

    @Post
    public DripcelAnswer<BulkEmailAccepted> send(HttpRequest<?> http, @RequestAttribute(ApiKeyFilter.CREDENTIAL) Credential key,
                                                 @Valid @Body BulkEmailRequest request) {
        SendResult result = sendMessage.send(IdempotentSends.single(http,
                request.command(key.tenantId(), template(key, request.templateId()))));
        int skipped = (int) result.outcomes().stream().filter(RecipientOutcome.Rejected.class::isInstance).count();
        return DripcelAnswer.ok(new BulkEmailAccepted(result.messageId().map(Object::toString).orElse(null),
                result.outcomes().size() - skipped, skipped));
    }

    /** The caller's template; naming one it does not have is a bad request, not a missing page. */
    private Template template(Credential key, String id) {
        try {
            return getTemplate.get(key.tenantId(), new TemplateId(id));
        } catch (NotFoundException | InvalidValueException e) {
            throw new InvalidValueException("template_id '" + id + "' names no template of yours");
        }
    }
}
