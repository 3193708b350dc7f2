package switchboard.application.dispatch.port;

import switchboard.domain.delivery.AttemptResult;

/** Hands an email to the mail system. Reports failures as results; throws only for bugs. */
public interface EmailSender {

    AttemptResult send(OutgoingEmail email);
}
