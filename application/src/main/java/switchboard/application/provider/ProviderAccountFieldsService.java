package switchboard.application.provider;

import java.util.Map;
import java.util.Objects;

import switchboard.application.provider.port.ProviderAccountCheck;
import switchboard.domain.recipient.Channel;

public final class ProviderAccountFieldsService implements ProviderAccountFieldsUseCase {

    private final ProviderAccountCheck check;

    public ProviderAccountFieldsService(ProviderAccountCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Map<Channel, AccountFields> fields() {
        return check.fields();
    }
}
