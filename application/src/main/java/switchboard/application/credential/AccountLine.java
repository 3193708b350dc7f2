package switchboard.application.credential;

import java.util.Objects;

import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireText;

/** One line of an accounts import, numbered from 1 as in the file. */
public sealed interface AccountLine {

    int number();

    /** A tenant to create with the id the clients know it by. */
    record NewTenant(int number, TenantId id, String name) implements AccountLine {
        public NewTenant {
            require(number > 0, "line numbers start at 1");
            Objects.requireNonNull(id, "id");
            requireText(name, "name", Tenant.MAX_NAME_LENGTH);
        }
    }

    /** A credential of a tenant that exists, or that a line before it creates. */
    record NewCredential(int number, CreateCredentialCommand command) implements AccountLine {
        public NewCredential {
            require(number > 0, "line numbers start at 1");
            Objects.requireNonNull(command, "command");
        }
    }

    /** A line that could not be read as either. */
    record Unreadable(int number, String reason) implements AccountLine {
        public Unreadable {
            require(number > 0, "line numbers start at 1");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
