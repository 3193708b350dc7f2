package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.dispatch.Dispatcher;
import switchboard.application.message.port.MessageStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.send.SendBatchService;
import switchboard.application.send.SendBatchUseCase;
import switchboard.application.send.SendMessageService;
import switchboard.application.send.SendMessageUseCase;
import switchboard.application.send.SendingPorts;
import switchboard.application.send.port.SendMeter;
import switchboard.application.shared.TenantStore;
import switchboard.application.telemetry.port.Tracing;
import switchboard.application.template.port.TemplateRenderer;

/** The single and the batch send, and the ports they share. */
@Factory
class SendFactory {

    @Singleton
    SendingPorts sendingPorts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones,
                              MessageStore messages, TemplateRenderer templates, SecretSealer sealer,
                              Dispatcher dispatcher, Tracing tracing, Clock clock, SendMeter meter) {
        return new SendingPorts(tenants, contacts, phones, messages, templates, sealer, dispatcher, tracing, clock,
                meter);
    }

    @Singleton
    SendMessageUseCase sendMessage(SendingPorts ports) {
        return new SendMessageService(ports);
    }

    @Singleton
    SendBatchUseCase sendBatch(SendingPorts ports) {
        return new SendBatchService(ports);
    }
}
