package switchboard.adapter.out.provider.zalo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

import switchboard.application.dispatch.port.OutgoingChatNotification;

/**
 * The body of {@code POST /message/template}: the phone in E.164 without its plus sign, the
 * account's template, the message's text as the template's one parameter, and the delivery's id
 * to find the message by in Zalo's reports.
 */
@Serdeable
record ZaloTemplateMessage(String phone, @JsonProperty("template_id") String templateId,
                           @JsonProperty("template_data") Map<String, String> templateData,
                           @JsonProperty("tracking_id") String trackingId) {

    static ZaloTemplateMessage of(OutgoingChatNotification notification, ZaloAccount account) {
        return new ZaloTemplateMessage(notification.phone().value().substring(1), account.templateId(),
                Map.of(account.templateParam(), notification.text()), notification.deliveryId().toString());
    }
}
