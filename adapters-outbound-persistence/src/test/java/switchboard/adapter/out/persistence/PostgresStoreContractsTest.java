package switchboard.adapter.out.persistence;

import switchboard.application.port.out.contract.StoreContracts;
import switchboard.application.port.out.contract.StoreSet;

/** Every store port's contract, on PostgreSQL (production's database). */
class PostgresStoreContractsTest extends StoreContracts {

    @Override
    protected StoreSet emptyStores() {
        return TestDatabases.emptyPostgres();
    }
}
