package switchboard.adapter.in.fliplet.email;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/communicate/email/batch}: {@code emails}, each in the message form.
 * Fliplet's page for this endpoint also shows a scope-form body, so that is accepted as well.
 */
@Serdeable
public record EmailBatchRequest(List<EmailRequest> emails, ScopeEmail.Data data, Map<String, Object> scope,
                                ScopeEmail.PushNotification pushNotification) {

    public boolean scopeForm() {
        return emails == null && (scope != null || data != null);
    }

    public ScopeEmail asScopeEmail() {
        return new ScopeEmail(data, scope, pushNotification);
    }
}
