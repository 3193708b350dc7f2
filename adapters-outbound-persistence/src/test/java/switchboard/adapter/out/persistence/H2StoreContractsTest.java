package switchboard.adapter.out.persistence;

import org.junit.jupiter.api.Nested;

import switchboard.application.port.out.contract.ContactDirectoryContract;
import switchboard.application.port.out.contract.CredentialStoreContract;
import switchboard.application.port.out.contract.InboxStoreContract;
import switchboard.application.port.out.contract.MessageStoreContract;
import switchboard.application.port.out.contract.TenantStoreContract;
import switchboard.application.port.out.contract.StoreSet;

/** Every store port's contract, on H2 (the embedded default). */
class H2StoreContractsTest {

    @Nested
    class Tenants extends TenantStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return TestDatabases.emptyH2();
        }
    }

    @Nested
    class Credentials extends CredentialStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return TestDatabases.emptyH2();
        }
    }

    @Nested
    class Contacts extends ContactDirectoryContract {
        @Override
        protected StoreSet emptyStores() {
            return TestDatabases.emptyH2();
        }
    }

    @Nested
    class Messages extends MessageStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return TestDatabases.emptyH2();
        }
    }

    @Nested
    class Inbox extends InboxStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return TestDatabases.emptyH2();
        }
    }
}
