package switchboard.application.port.in;

public interface CreateCredentialUseCase {

    /**
     * @throws NotFoundException if the tenant does not exist
     * @throws ConflictException if the username is taken
     */
    IssuedCredential create(CreateCredentialCommand command);
}
