package switchboard.adapter.in.admin.provider;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import switchboard.domain.provider.ProviderAccount;

/** An account as the API shows it: its settings, and only the names of its secrets. */
@Serdeable
public record AccountView(Map<String, String> settings, List<String> secrets) {

    /** The account with its secrets' names in alphabetical order, their values left out. */
    public static AccountView of(ProviderAccount account) {
        return new AccountView(account.settings(), List.copyOf(new TreeSet<>(account.secrets().keySet())));
    }
}
