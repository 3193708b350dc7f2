package switchboard.application.send;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.dispatch.Dispatcher;
import switchboard.application.message.port.MessageStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.send.port.SendMeter;
import switchboard.application.shared.TenantStore;
import switchboard.application.template.port.TemplateRenderer;

/**
 * What the single and the batch send use: the ports, the dispatcher they wake or hand deliveries to, the clock, the
 * meter counting what they accept. The suppressed recipients are looked up by the message store, in the transaction
 * that stores the send.
 */
public record SendingPorts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones, MessageStore messages,
                           TemplateRenderer templates, SecretSealer sealer, Dispatcher dispatcher, Clock clock,
                           SendMeter meter) {

    public SendingPorts {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(sealer, "sealer");
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(meter, "meter");
    }
}
