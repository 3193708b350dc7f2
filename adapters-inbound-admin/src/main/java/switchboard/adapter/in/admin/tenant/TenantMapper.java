package switchboard.adapter.in.admin.tenant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface TenantMapper {

    CreatedTenant created(Tenant tenant);

    @Mapping(target = "retentionDays", source = "retention")
    TenantView view(Tenant tenant);

    ContactFieldsView fields(ContactFields fields);

    default String id(TenantId id) {
        return id.value();
    }

    default Integer days(Optional<Duration> retention) {
        return retention.map(age -> (int) age.toDays()).orElse(null);
    }

    default Instant at(Optional<Instant> time) {
        return time.orElse(null);
    }
}
