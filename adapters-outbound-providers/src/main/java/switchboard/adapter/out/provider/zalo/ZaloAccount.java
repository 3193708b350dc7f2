package switchboard.adapter.out.provider.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.provider.ProviderAccount;

/**
 * A Zalo Official Account's app, as ZNS needs it: settings {@code appId}, {@code templateId}
 * (the approved ZNS template every message fills) and {@code templateParam} (the template
 * parameter the message's text goes into, {@code content} unless set); secrets
 * {@code secretKey} (the app's), {@code refreshToken} and, optionally, {@code accessToken}.
 */
record ZaloAccount(String appId, String templateId, String templateParam, String secretKey, String refreshToken,
                   Optional<String> accessToken) {

    static final String DEFAULT_TEMPLATE_PARAM = "content";
    static final List<String> REQUIRED = List.of("appId", "templateId", "secretKey", "refreshToken");

    /** @throws ProviderFailure (rejected) naming the fields the account lacks */
    static ZaloAccount of(ProviderAccount account) throws ProviderFailure {
        List<String> missing = new ArrayList<>();
        for (String field : REQUIRED) {
            if (account.field(field) == null) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw ProviderFailure.rejected("the Zalo account lacks " + String.join(", ", missing));
        }
        return new ZaloAccount(account.field("appId"), account.field("templateId"),
                Optional.ofNullable(account.field("templateParam")).orElse(DEFAULT_TEMPLATE_PARAM),
                account.field("secretKey"), account.field("refreshToken"), Optional.ofNullable(account.field("accessToken")));
    }

    /**
     * Names this account's tokens in the token store: the app, and a digest of the refresh token
     * it was configured with. A new refresh token configured by an admin is then a fresh start,
     * not overruled by the tokens stored for the old one.
     */
    String storeKey() {
        return "zalo:" + appId + ":" + SecretTokens.digest(refreshToken).substring(0, 16);
    }

    @Override
    public String toString() {
        return "ZaloAccount[appId=" + appId + ", templateId=" + templateId + ", templateParam=" + templateParam
                + ", secrets hidden]";
    }
}
