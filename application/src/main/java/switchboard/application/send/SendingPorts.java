package switchboard.application.send;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.dispatch.Dispatcher;
import switchboard.application.message.port.MessageStore;
import switchboard.application.message.port.SendToStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.send.port.SendMeter;
import switchboard.application.shared.TenantStore;
import switchboard.application.telemetry.port.Tracing;
import switchboard.application.template.port.TemplateRenderer;

/**
 * What the single and the batch send use: the ports, the dispatcher they wake or hand deliveries to, the clock, the
 * meter counting what they accept. The suppressed recipients are looked up by the message store, in the transaction
 * that stores the send.
 */
public record SendingPorts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones, MessageStore messages,
                           TemplateRenderer templates, SecretSealer sealer, Dispatcher dispatcher, Tracing tracing,
                           Clock clock, SendMeter meter) {

    public SendingPorts {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(sealer, "sealer");
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(tracing, "tracing");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(meter, "meter");
    }

    /**
     * Stores the send in a span of its own. Its deliveries keep the context of the span the send was made in (the
     * request's), so that their attempts join the request's trace beside the store.
     */
    <T> T storeTraced(SendToStore<T> send) {
        SendToStore<T> traced = send.inTrace(tracing.currentContext());
        return tracing.inSpan(Optional.empty(), "store send", Tracing.Kind.INTERNAL,
                Map.of("switchboard.tenant", send.tenantId().value()), () -> messages.store(traced));
    }
}
