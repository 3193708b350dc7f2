package switchboard.adapter.in.admin.inbox;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.message.MessageId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface InboxMapper {

    @Mapping(target = "read", expression = "java(item.readAt() != null)")
    InboxItemView view(InboxItem item);

    default String id(DeliveryId id) {
        return id.toString();
    }

    default String id(MessageId id) {
        return id.toString();
    }
}
