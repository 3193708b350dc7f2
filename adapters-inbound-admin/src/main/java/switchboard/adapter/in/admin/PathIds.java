package switchboard.adapter.in.admin;

import java.util.UUID;
import java.util.function.Function;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.MessageId;
import switchboard.domain.template.TemplateId;

/** Ids from URL paths. An id that is not even well formed names nothing, so it is a 404 like any unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static CredentialId credential(String id) {
        return parse("credential", id, CredentialId::new);
    }

    public static MessageId message(String id) {
        return parse("message", id, MessageId::new);
    }

    public static DeliveryId delivery(String id) {
        return parse("delivery", id, DeliveryId::new);
    }

    public static DeliveryId inboxItem(String id) {
        return parse("inbox item", id, DeliveryId::new);
    }

    public static UUID contactImport(String id) {
        return parse("contact import", id, Function.identity());
    }

    public static UUID eventEndpoint(String id) {
        return parse("event endpoint", id, Function.identity());
    }

    public static TemplateId template(String id) {
        try {
            return new TemplateId(id);
        } catch (InvalidValueException e) {
            throw new NotFoundException("template", id);
        }
    }

    private static <T> T parse(String what, String id, Function<UUID, T> wrap) {
        try {
            return wrap.apply(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what, id);
        }
    }
}
