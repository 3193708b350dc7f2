package switchboard.application.port.out.memory;

import switchboard.application.memory.InMemoryStores;
import switchboard.application.port.out.contract.StoreContracts;
import switchboard.application.port.out.contract.StoreSet;

/** The in-memory stores the service tests use keep the same contracts as the databases. */
class InMemoryStoreContractsTest extends StoreContracts {

    @Override
    protected StoreSet emptyStores() {
        return new InMemoryStores();
    }
}
