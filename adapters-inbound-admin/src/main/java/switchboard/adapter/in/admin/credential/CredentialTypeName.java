package switchboard.adapter.in.admin.credential;

import java.util.Arrays;
import java.util.Optional;

import switchboard.domain.credential.CredentialType;

/** Credential types as the Admin API spells them. */
enum CredentialTypeName {
    ADMIN("admin", CredentialType.ADMIN),
    FLIPLET_TOKEN("fliplet-token", CredentialType.FLIPLET_TOKEN),
    DRIPCEL_API_KEY("dripcel-api-key", CredentialType.DRIPCEL_API_KEY),
    CAPILLARY_BASIC("capillary-basic", CredentialType.CAPILLARY_BASIC),
    CAPILLARY_OAUTH("capillary-oauth", CredentialType.CAPILLARY_OAUTH);

    static final String NAMES = "admin, fliplet-token, dripcel-api-key, capillary-basic, capillary-oauth";

    private final String apiName;
    private final CredentialType type;

    CredentialTypeName(String apiName, CredentialType type) {
        this.apiName = apiName;
        this.type = type;
    }

    static Optional<CredentialType> parse(String name) {
        return Arrays.stream(values()).filter(value -> value.apiName.equals(name)).map(value -> value.type).findFirst();
    }

    static String of(CredentialType type) {
        return Arrays.stream(values()).filter(value -> value.type == type).findFirst().orElseThrow().apiName;
    }
}
