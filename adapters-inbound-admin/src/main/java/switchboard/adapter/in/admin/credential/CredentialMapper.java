package switchboard.adapter.in.admin.credential;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import switchboard.application.credential.CreateCredentialCommand;
import switchboard.application.credential.IssuedCredential;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface CredentialMapper {

    default CreateCredentialCommand command(TenantId tenantId, NewCredential request) {
        CredentialType type = CredentialTypeName.parse(request.type()).orElseThrow(() -> new InvalidValueException(
                "'" + request.type() + "' is not a credential type; use one of " + CredentialTypeName.NAMES));
        return new CreateCredentialCommand(tenantId, type, request.username(), request.password(),
                Set.copyOf(request.permissions() == null ? List.of() : request.permissions()), access(request.access()));
    }

    default IssuedCredentialView issued(IssuedCredential issued) {
        Credential credential = issued.credential();
        String secret = issued.secret().orElse(null);
        CredentialType type = credential.type();
        return new IssuedCredentialView(credential.id().toString(), CredentialTypeName.of(type), username(credential),
                type == CredentialType.FLIPLET_TOKEN ? secret : null, type == CredentialType.DRIPCEL_API_KEY ? secret : null,
                key(credential), type == CredentialType.CAPILLARY_OAUTH ? secret : null);
    }

    @Mapping(target = "type", expression = "java(CredentialTypeName.of(credential.type()))")
    @Mapping(target = "username", expression = "java(username(credential))")
    @Mapping(target = "key", expression = "java(key(credential))")
    CredentialView view(Credential credential);

    default String id(CredentialId id) {
        return id.toString();
    }

    default List<String> permissions(Set<String> permissions) {
        return permissions.isEmpty() ? null : permissions.stream().sorted().toList();
    }

    default Map<String, String> accessNames(Map<String, AccessLevel> access) {
        if (access.isEmpty()) {
            return null;
        }
        Map<String, String> names = new TreeMap<>();
        access.forEach((group, level) -> names.put(group, level.name()));
        return names;
    }

    /** The name an admin or Capillary user logs in with; other types are found by their secret's digest, not shown. */
    default String username(Credential credential) {
        return credential.type() == CredentialType.ADMIN || credential.type() == CredentialType.CAPILLARY_BASIC
                ? credential.lookupKey() : null;
    }

    default String key(Credential credential) {
        return credential.type() == CredentialType.CAPILLARY_OAUTH ? credential.lookupKey() : null;
    }

    private static Map<String, AccessLevel> access(Map<String, String> access) {
        Map<String, AccessLevel> levels = new TreeMap<>();
        if (access != null) {
            access.forEach((group, level) -> {
                try {
                    levels.put(group, AccessLevel.valueOf(String.valueOf(level).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("access level '" + level + "' for " + group + " is not READ or WRITE");
                }
            });
        }
        return levels;
    }
}
