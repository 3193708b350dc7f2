package switchboard.adapter.in.fliplet.email;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/communicate/email}, in either of Fliplet's forms: the message
 * form ({@code to}, {@code subject}, {@code html}...) or the older scope form ({@code data},
 * {@code scope}, {@code pushNotification}). {@code required} is a device-side offline flag: it
 * is accepted and changes nothing here.
 */
@Serdeable
public record EmailRequest(List<EmailRecipient> to, String subject, @JsonProperty("from_name") String fromName,
                           String html, String text, Map<String, Object> headers, List<AttachmentPayload> attachments,
                           List<ImagePayload> images, Boolean required, ScopeEmail.Data data, Map<String, Object> scope,
                           ScopeEmail.PushNotification pushNotification) {

    public boolean scopeForm() {
        return scope != null || data != null;
    }

    public ScopeEmail asScopeEmail() {
        return new ScopeEmail(data, scope, pushNotification);
    }
}
