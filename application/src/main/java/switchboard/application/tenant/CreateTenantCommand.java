package switchboard.application.tenant;

import switchboard.domain.tenant.Tenant;

import static switchboard.domain.Invariants.requireText;

public record CreateTenantCommand(String name) {

    public CreateTenantCommand {
        requireText(name, "name", Tenant.MAX_NAME_LENGTH);
    }
}
