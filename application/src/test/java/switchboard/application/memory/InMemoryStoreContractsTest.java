package switchboard.application.memory;

import switchboard.application.contract.StoreContracts;
import switchboard.application.contract.StoreSet;

/** The in-memory stores the service tests use keep the same contracts as the databases. */
class InMemoryStoreContractsTest extends StoreContracts {

    @Override
    protected StoreSet emptyStores() {
        return new InMemoryStores();
    }
}
