package switchboard.application.provider;

import java.util.Map;

import switchboard.domain.recipient.Channel;

public interface ProviderAccountFieldsUseCase {

    /** The channels whose providers take a tenant's accounts, in channel order, with the fields of each one's accounts. */
    Map<Channel, AccountFields> fields();
}
