package switchboard.adapter.out.provider.email;

import java.util.List;
import java.util.Set;

import switchboard.adapter.out.provider.AccountRules;
import switchboard.application.dispatch.ChannelSenders;
import switchboard.domain.InvalidValueException;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.EmailAddress;

/**
 * A tenant's email account is its sender identity: {@code from} (required) and {@code fromName}.
 * The SMTP server is the gateway's; tenants choose whom their mail is from, not where it is relayed.
 */
public final class EmailIdentityRules implements AccountRules {

    @Override
    public Set<String> settings() {
        return Set.of(ChannelSenders.EMAIL_FROM, ChannelSenders.EMAIL_FROM_NAME);
    }

    @Override
    public Set<String> secrets() {
        return Set.of();
    }

    @Override
    public List<String> problems(ProviderAccount account) {
        String from = account.field(ChannelSenders.EMAIL_FROM);
        if (from == null) {
            return AccountRules.missing(account, ChannelSenders.EMAIL_FROM);
        }
        try {
            new EmailAddress(from);
            return List.of();
        } catch (InvalidValueException e) {
            return List.of("'from' is not an email address: " + e.getMessage());
        }
    }
}
