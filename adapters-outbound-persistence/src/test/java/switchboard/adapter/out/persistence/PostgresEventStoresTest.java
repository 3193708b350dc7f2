package switchboard.adapter.out.persistence;

import switchboard.application.contract.StoreSet;

/** The event stores on PostgreSQL (production's database). */
class PostgresEventStoresTest extends EventStoresContract {

    @Override
    protected StoreSet emptyStores() {
        return TestDatabases.emptyPostgres();
    }
}
