package switchboard.application.contract;

import org.junit.jupiter.api.Nested;

/**
 * Every store port's contract against one implementation: a subclass says how to get empty
 * stores, and inherits the whole suite.
 */
public abstract class StoreContracts {

    /** Stores over an empty database. */
    protected abstract StoreSet emptyStores();

    @Nested
    class Tenants extends TenantStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Credentials extends CredentialStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Contacts extends ContactDirectoryContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class ContactImportRecords extends ContactImportsContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Messages extends MessageStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Queue extends DeliveryQueueContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Census extends OutboxCensusContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Inbox extends InboxStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Templates extends TemplateStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Deliveries extends DeliveryStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class ProviderSettings extends ProviderSettingsStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Suppressions extends SuppressionListContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class ProviderTokens extends ProviderTokenStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class IdempotencyKeys extends IdempotencyStoreContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class History extends MessageHistoryContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class RateLimits extends RateLimiterContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class LoginFailureCounts extends LoginFailuresContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected StoreSet emptyStores() {
            return StoreContracts.this.emptyStores();
        }
    }
}
