package switchboard.adapter.in.capillary.send;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

import switchboard.adapter.in.capillary.StatusCode;

/**
 * One entry of the answer's list: the item echoed under its request key (only one of the four
 * is set, the others are left out), with its own errors and warnings.
 */
@Serdeable
public record ItemResult(SmsItem sms, EmailEcho email, TemplateMessageItem whatsappMessage, TemplateMessageItem zaloMessage,
                         List<StatusCode> errors, List<StatusCode> warnings) {

    static ItemResult sms(SmsItem echo, ItemCheck check) {
        return new ItemResult(echo, null, null, null, check.errors(), check.warnings());
    }

    static ItemResult email(EmailEcho echo, ItemCheck check) {
        return new ItemResult(null, echo, null, null, check.errors(), check.warnings());
    }

    static ItemResult whatsapp(TemplateMessageItem echo, ItemCheck check) {
        return new ItemResult(null, null, echo, null, check.errors(), check.warnings());
    }

    static ItemResult zalo(TemplateMessageItem echo, ItemCheck check) {
        return new ItemResult(null, null, null, echo, check.errors(), check.warnings());
    }

    boolean accepted() {
        return errors.isEmpty();
    }
}
