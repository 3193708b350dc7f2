package switchboard.adapter.out.persistence;

import switchboard.application.contract.StoreContracts;
import switchboard.application.contract.StoreSet;

/** Every store port's contract, on H2 (the embedded default). */
class H2StoreContractsTest extends StoreContracts {

    @Override
    protected StoreSet emptyStores() {
        return TestDatabases.emptyH2();
    }
}
