package switchboard.application.credential;

import java.util.List;

/**
 * What an accounts import did: every line's tenant or credential, or, when any line was refused,
 * none of them and the refused lines.
 */
public record AccountImport(int tenants, int credentials, List<Refusal> refused) {

    public AccountImport {
        refused = List.copyOf(refused);
    }

    public boolean imported() {
        return refused.isEmpty();
    }

    /** A refused line, by its number in the file, and why. */
    public record Refusal(int line, String reason) {
    }
}
