package switchboard.application.credential;

import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;

public interface CreateCredentialUseCase {

    /**
     * @throws NotFoundException if the tenant does not exist
     * @throws ConflictException if the username is taken
     */
    IssuedCredential create(CreateCredentialCommand command);
}
