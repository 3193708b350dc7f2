package switchboard.application.port.out.memory;

import org.junit.jupiter.api.Nested;

import switchboard.application.memory.InMemoryStores;
import switchboard.application.port.out.contract.ContactDirectoryContract;
import switchboard.application.port.out.contract.CredentialStoreContract;
import switchboard.application.port.out.contract.InboxStoreContract;
import switchboard.application.port.out.contract.MessageStoreContract;
import switchboard.application.port.out.contract.StoreSet;
import switchboard.application.port.out.contract.TenantStoreContract;

/** The in-memory stores the service tests use keep the same contracts as the databases. */
class InMemoryStoreContractsTest {

    @Nested
    class Tenants extends TenantStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return new InMemoryStores();
        }
    }

    @Nested
    class Credentials extends CredentialStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return new InMemoryStores();
        }
    }

    @Nested
    class Contacts extends ContactDirectoryContract {
        @Override
        protected StoreSet emptyStores() {
            return new InMemoryStores();
        }
    }

    @Nested
    class Messages extends MessageStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return new InMemoryStores();
        }
    }

    @Nested
    class Inbox extends InboxStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return new InMemoryStores();
        }
    }
}
