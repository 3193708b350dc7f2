package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.inbox.ListInboxService;
import switchboard.application.inbox.ListInboxUseCase;
import switchboard.application.inbox.MarkInboxItemReadService;
import switchboard.application.inbox.MarkInboxItemReadUseCase;
import switchboard.application.inbox.port.InboxStore;
import switchboard.application.shared.TenantStore;

/** The in-app inbox. */
@Factory
class InboxFactory {

    @Singleton
    ListInboxUseCase listInbox(TenantStore tenants, InboxStore inbox) {
        return new ListInboxService(tenants, inbox);
    }

    @Singleton
    MarkInboxItemReadUseCase markInboxItemRead(InboxStore inbox, Clock clock) {
        return new MarkInboxItemReadService(inbox, clock);
    }
}
