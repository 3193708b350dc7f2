package switchboard.adapter.in.admin.message;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface MessageMapper {

    /** The message with each delivery's history: its attempts and the providers' reports, oldest first. */
    default MessageView view(MessageRecord record, List<AttemptRecord> history) {
        Map<DeliveryId, List<AttemptView>> byDelivery = history.stream().collect(Collectors.groupingBy(AttemptRecord::deliveryId,
                Collectors.mapping(this::view, Collectors.toList())));
        Message message = record.message();
        return new MessageView(id(message.id()), id(message.tenantId()), message.origin(), message.content().subject(),
                message.campaignId(), message.testMode(), message.createdAt(), record.deliveries().stream()
                .map(delivery -> view(delivery, byDelivery.getOrDefault(delivery.id(), List.of()))).toList());
    }

    /** A delivery as lists show it, without its history. */
    default DeliveryView view(Delivery delivery) {
        return view(delivery, null);
    }

    /** Written out: the aggregate has fluent accessors, which MapStruct does not read as properties. */
    private DeliveryView view(Delivery delivery, List<AttemptView> history) {
        return new DeliveryView(delivery.id().toString(), delivery.messageId().toString(), delivery.channel().name(), delivery.address().value(),
                delivery.status().name(), delivery.attempts(), delivery.lastError().orElse(null),
                delivery.providerRef().orElse(null), delivery.notBefore(), delivery.updatedAt(), history);
    }

    private AttemptView view(AttemptRecord entry) {
        return new AttemptView(entry.kind().name(), entry.attempt(), entry.at(), entry.outcome().name(), entry.error().orElse(null),
                entry.provider().orElse(null), entry.providerRef().orElse(null), entry.account().map(Enum::name).orElse(null));
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
