package switchboard.adapter.in.admin.contact;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.Map;

import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface ContactMapper {

    ContactView view(Contact contact);

    Contact contact(ContactView view);

    List<Contact> contacts(List<ContactView> views);

    default String id(ContactId id) {
        return id.value();
    }

    default ContactId id(String id) {
        return new ContactId(id);
    }

    default Map<String, Object> data(ContactData data) {
        return data.asMap();
    }

    default ContactData data(Map<String, Object> json) {
        return ContactData.of(json);
    }
}
