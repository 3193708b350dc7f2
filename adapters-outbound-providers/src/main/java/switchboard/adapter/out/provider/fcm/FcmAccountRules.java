package switchboard.adapter.out.provider.fcm;

import java.util.List;
import java.util.Set;

import switchboard.adapter.out.provider.AccountRules;
import switchboard.domain.provider.ProviderAccount;

/** A Firebase project's service account: the key file, and the project when it is not the key's. */
public final class FcmAccountRules implements AccountRules {

    static final String SERVICE_ACCOUNT_JSON = "serviceAccountJson";
    static final String PROJECT_ID = "projectId";

    @Override
    public Set<String> settings() {
        return Set.of(PROJECT_ID);
    }

    @Override
    public Set<String> secrets() {
        return Set.of(SERVICE_ACCOUNT_JSON);
    }

    @Override
    public List<String> problems(ProviderAccount account) {
        return AccountRules.missing(account, SERVICE_ACCOUNT_JSON);
    }
}
