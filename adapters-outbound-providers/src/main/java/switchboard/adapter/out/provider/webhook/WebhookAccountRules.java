package switchboard.adapter.out.provider.webhook;

import java.util.List;
import java.util.Set;

import switchboard.adapter.out.provider.AccountRules;
import switchboard.domain.provider.ProviderAccount;

/** A tenant's webhook account is the secret its webhooks are signed with. */
public final class WebhookAccountRules implements AccountRules {

    @Override
    public Set<String> settings() {
        return Set.of();
    }

    @Override
    public Set<String> secrets() {
        return Set.of(StandardWebhookSender.SIGNING_SECRET);
    }

    @Override
    public List<String> problems(ProviderAccount account) {
        String secret = account.field(StandardWebhookSender.SIGNING_SECRET);
        if (secret == null) {
            return AccountRules.missing(account, StandardWebhookSender.SIGNING_SECRET);
        }
        return WebhookSecret.isWellFormed(secret) ? List.of()
                : List.of("'signingSecret' must be whsec_ followed by base64 of at least 24 bytes");
    }
}
