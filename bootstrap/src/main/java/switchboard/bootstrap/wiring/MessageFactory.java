package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.message.CancelMessageService;
import switchboard.application.message.CancelMessageUseCase;
import switchboard.application.message.GetMessageService;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.ListCapturedService;
import switchboard.application.message.ListCapturedUseCase;
import switchboard.application.message.ListMessagesService;
import switchboard.application.message.ListMessagesUseCase;
import switchboard.application.message.port.MessageStore;
import switchboard.application.shared.TenantStore;
import switchboard.application.telemetry.port.DeliveryLog;

/** Reading and cancelling stored messages, and what capture mode kept. */
@Factory
class MessageFactory {

    @Singleton
    GetMessageUseCase getMessage(MessageStore messages) {
        return new GetMessageService(messages);
    }

    @Singleton
    ListMessagesUseCase listMessages(TenantStore tenants, MessageStore messages) {
        return new ListMessagesService(tenants, messages);
    }

    @Singleton
    CancelMessageUseCase cancelMessage(MessageStore messages, DeliveryLog log, Clock clock) {
        return new CancelMessageService(messages, log, clock);
    }

    @Singleton
    ListCapturedUseCase listCaptured(TenantStore tenants, MessageStore messages) {
        return new ListCapturedService(tenants, messages);
    }
}
