package switchboard.adapter.in.admin.message;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.Map;
import java.util.TreeMap;

import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface MessageMapper {

    @Mapping(target = ".", source = "message")
    @Mapping(target = "subject", source = "message.content.subject")
    @Mapping(target = "deliveries", source = "deliveries")
    MessageView view(MessageRecord record);

    /** Written out: the aggregate has fluent accessors, which MapStruct does not read as properties. */
    default DeliveryView view(Delivery delivery) {
        return new DeliveryView(delivery.id().toString(), delivery.messageId().toString(), delivery.channel().name(), delivery.address().value(),
                delivery.status().name(), delivery.attempts(), delivery.lastError().orElse(null),
                delivery.providerRef().orElse(null), delivery.notBefore(), delivery.updatedAt());
    }

    MessageSummaryView view(MessageSummary summary);

    default Map<String, Integer> counts(Map<DeliveryStatus, Integer> byStatus) {
        Map<String, Integer> counts = new TreeMap<>();
        byStatus.forEach((status, count) -> counts.put(status.name(), count));
        return counts;
    }

    @Mapping(target = "body", expression = "java(captured.text() != null ? captured.text() : captured.html())")
    CapturedView view(CapturedDelivery captured);

    default String id(MessageId id) {
        return id.toString();
    }

    default String id(DeliveryId id) {
        return id.toString();
    }

    default String id(TenantId id) {
        return id.value();
    }
}
