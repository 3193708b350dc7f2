package switchboard.application.send.port;

import switchboard.application.message.port.NewMessage;

/** Counts the messages and deliveries the APIs accept, for the gateway's metrics. Cheap, and never throws. */
public interface SendMeter {

    /** A message stored with its deliveries; {@link switchboard.domain.message.Message#origin()} names the API. */
    void accepted(NewMessage message);
}
