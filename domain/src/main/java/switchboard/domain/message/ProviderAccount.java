package switchboard.domain.message;

import static switchboard.domain.Invariants.requireText;

/**
 * A caller's own account at a channel's provider, to send one message with instead of the
 * gateway's (Fliplet SMS requests carry one). The secret is never shown: not in logs, not in
 * any answer.
 */
public record ProviderAccount(String accountId, String secret) {

    public static final int MAX_LENGTH = 200;

    public ProviderAccount {
        requireText(accountId, "the provider account id", MAX_LENGTH);
        requireText(secret, "the provider account secret", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "ProviderAccount[" + accountId + ", secret hidden]";
    }
}
