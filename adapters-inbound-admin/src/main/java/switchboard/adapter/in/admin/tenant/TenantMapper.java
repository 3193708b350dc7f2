package switchboard.adapter.in.admin.tenant;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface TenantMapper {

    CreatedTenant created(Tenant tenant);

    TenantView view(Tenant tenant);

    ContactFieldsView fields(ContactFields fields);

    default String id(TenantId id) {
        return id.value();
    }
}
