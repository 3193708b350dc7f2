package switchboard.adapter.out.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import switchboard.domain.provider.ProviderAccount;

/** What an account at one provider holds, and what can be wrong with one: kept next to the provider's adapter. */
public interface AccountRules {

    Set<String> settings();

    Set<String> secrets();

    /** What is wrong with the account's values (a required field missing, one malformed), in words for the admin. */
    List<String> problems(ProviderAccount account);

    /** The problems of fields that are required and missing. */
    static List<String> missing(ProviderAccount account, String... required) {
        List<String> problems = new ArrayList<>();
        for (String name : required) {
            if (account.field(name) == null) {
                problems.add("'" + name + "' is required");
            }
        }
        return problems;
    }
}
