package switchboard.application.provider.port;

import java.util.List;
import java.util.Map;

import switchboard.application.provider.AccountFields;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;

/** Knows what an account at each channel's provider needs, so a tenant's account is checked when it is stored. */
public interface ProviderAccountCheck {

    /** What is wrong with the account for the channel's provider, in words for the admin; empty if nothing. */
    List<String> problems(Channel channel, ProviderAccount account);

    /** The channels whose providers take accounts, in channel order, with the fields of each one's accounts. */
    Map<Channel, AccountFields> fields();
}
