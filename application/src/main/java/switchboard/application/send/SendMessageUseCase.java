package switchboard.application.send;

import switchboard.application.shared.NotFoundException;

public interface SendMessageUseCase {

    /**
     * Resolves the recipients and stores the message with one delivery per recipient and
     * channel in one transaction. Returns at once, or after the first attempts when the command
     * asks to await them.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    SendResult send(SendCommand command);
}
