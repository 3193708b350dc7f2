package switchboard.adapter.out.provider.zalo;

import java.util.List;
import java.util.Set;

import switchboard.adapter.out.provider.AccountRules;
import switchboard.domain.provider.ProviderAccount;

/** A Zalo Official Account's app and template: see {@link ZaloAccount}. */
public final class ZaloAccountRules implements AccountRules {

    @Override
    public Set<String> settings() {
        return Set.of("appId", "templateId", "templateParam");
    }

    @Override
    public Set<String> secrets() {
        return Set.of("secretKey", "refreshToken", "accessToken");
    }

    @Override
    public List<String> problems(ProviderAccount account) {
        return AccountRules.missing(account, ZaloAccount.REQUIRED.toArray(String[]::new));
    }
}
