package switchboard.adapter.in.admin.delivery;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

import switchboard.adapter.in.admin.message.DeliveryView;

@Serdeable
public record DeliveryList(List<DeliveryView> deliveries, int offset, int limit) {
}
