package switchboard.application.service;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.PhoneNumberNormalizer;
import switchboard.application.port.out.SecretSealer;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TemplateRenderer;
import switchboard.application.port.out.TenantStore;

/** What the single and the batch send use: the ports, the worker they wake or hand deliveries to, the clock. */
public record SendingPorts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones, MessageStore messages,
                           TemplateRenderer templates, SecretSealer sealer, SuppressionList suppressions,
                           DispatchWorker worker, Clock clock) {

    public SendingPorts {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(sealer, "sealer");
        Objects.requireNonNull(suppressions, "suppressions");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(clock, "clock");
    }
}
