package switchboard.application.credential;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.credential.Credential;
import switchboard.domain.tenant.TenantId;

public interface ListCredentialsUseCase {

    /** @throws NotFoundException if the tenant does not exist */
    List<Credential> list(TenantId tenantId);
}
