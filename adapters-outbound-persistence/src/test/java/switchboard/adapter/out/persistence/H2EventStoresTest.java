package switchboard.adapter.out.persistence;

import switchboard.application.contract.StoreSet;

/** The event stores on H2 (the embedded default). */
class H2EventStoresTest extends EventStoresContract {

    @Override
    protected StoreSet emptyStores() {
        return TestDatabases.emptyH2();
    }
}
