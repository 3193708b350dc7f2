package switchboard.adapter.in.admin.send;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.time.Duration;
import java.util.List;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Content;
import switchboard.domain.tenant.TenantId;

/** The body of {@code POST /api/v1/communications/send}, as documented. */
@Serdeable
@AddressesForChannels
public record SendRequest(@NotBlank String subject,
                          @NotBlank String body,
                          @NotEmpty List<String> channels,
                          String emailAddress,
                          String phoneNumber,
                          String userId,
                          String pushToken,
                          String webhookUrl,
                          @JsonProperty("isHtml") Boolean isHtml) {

    static final String ORIGIN = "admin";

    public boolean html() {
        return Boolean.TRUE.equals(isHtml);
    }

    /**
     * The validated request as the send use case's command: one recipient per channel, in request
     * order, waiting up to {@code budget} for each delivery's first attempt. The body is HTML or
     * plain text, as {@code isHtml} says; the subject is the email's subject and the title elsewhere.
     */
    public SendCommand command(TenantId tenantId, Duration budget) {
        Content content = html() ? Content.html(subject, body) : Content.text(subject, body);
        List<RecipientRequest> recipients = channels.stream()
                .map(name -> AdminChannel.named(name).orElseThrow().recipient(this))
                .toList();
        return SendCommand.of(tenantId, ORIGIN, content, recipients).withAwaitOutcome(budget);
    }
}
