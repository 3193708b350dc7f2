package switchboard.application.tenant;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class CreateTenantService implements CreateTenantUseCase {

    private static final String SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int SUFFIX_LENGTH = 8;
    private static final int MAX_TRIES = 5;

    private final TenantStore tenants;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CreateTenantService(TenantStore tenants, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Tenant create(CreateTenantCommand command) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Tenant tenant = new Tenant(TenantId.derivedFrom(command.name(), randomSuffix()), command.name(),
                    ContactFields.DEFAULT, clock.instant());
            if (tenants.add(tenant)) {
                return tenant;
            }
        }
        throw new IllegalStateException("no free tenant id after " + MAX_TRIES + " random suffixes");
    }

    private String randomSuffix() {
        StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
        }
        return suffix.toString();
    }
}
