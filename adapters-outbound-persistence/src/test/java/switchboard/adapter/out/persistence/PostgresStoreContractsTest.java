package switchboard.adapter.out.persistence;

import switchboard.application.contract.StoreContracts;
import switchboard.application.contract.StoreSet;

/** Every store port's contract, on PostgreSQL (production's database). */
class PostgresStoreContractsTest extends StoreContracts {

    @Override
    protected StoreSet emptyStores() {
        return TestDatabases.emptyPostgres();
    }
}
