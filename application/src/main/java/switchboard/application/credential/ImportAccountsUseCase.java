package switchboard.application.credential;

import java.util.List;

public interface ImportAccountsUseCase {

    /**
     * Creates the tenants and credentials of a migration file, all of them or, when any line is
     * refused (unreadable, invalid, naming an unknown tenant, or taking an id, username, key or
     * token that exists or comes earlier in the file), none.
     */
    AccountImport importAccounts(List<AccountLine> lines);
}
