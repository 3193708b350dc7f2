package switchboard.application.dispatch.port;

import switchboard.domain.delivery.AttemptResult;

/** Hands an email to the mail system. Reports failures as results; throws only for bugs. */
public interface EmailSender {

    /** The provider's name as the gateway's metrics label it (e.g. the vendor's, in lower case). */
    String provider();

    AttemptResult send(OutgoingEmail email);
}
