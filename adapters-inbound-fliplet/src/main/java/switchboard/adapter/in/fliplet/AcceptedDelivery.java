package switchboard.adapter.in.fliplet;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

import switchboard.domain.delivery.Delivery;

/** One delivery a request led to: its id, its channel and where it goes. */
@Serdeable
public record AcceptedDelivery(String id, String channel, String to) {

    static AcceptedDelivery of(Delivery delivery) {
        return new AcceptedDelivery(delivery.id().toString(), delivery.channel().name().toLowerCase(Locale.ROOT),
                delivery.address().value());
    }
}
