package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ProviderTokenStoreContract extends StoreContract {

    @Test
    void keepsTheNewestTokenPerKey() {
        assertThat(stores.providerTokens().find("zalo:app-1")).isEmpty();

        stores.providerTokens().save("zalo:app-1", "refresh-1");
        stores.providerTokens().save("zalo:app-2", "other");
        stores.providerTokens().save("zalo:app-1", "refresh-2");

        assertThat(stores.providerTokens().find("zalo:app-1")).contains("refresh-2");
        assertThat(stores.providerTokens().find("zalo:app-2")).contains("other");
    }
}
