package switchboard.adapter.out.provider.twilio;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.provider.ProviderAccount;

/**
 * An account messages are sent with: its credentials, and whom its messages come from when
 * they do not say: a phone number ({@code from}) or a Messaging Service, which picks a number
 * from its pool ({@code messagingServiceSid}).
 */
record TwilioAccount(TwilioCredentials credentials, Optional<String> from, Optional<String> messagingServiceSid) {

    static final String ACCOUNT_SID = "accountSid";
    static final String AUTH_TOKEN = "authToken";
    static final String FROM = "from";
    static final String MESSAGING_SERVICE_SID = "messagingServiceSid";

    TwilioAccount {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(messagingServiceSid, "messagingServiceSid");
    }

    /**
     * A tenant's or a caller's account: settings {@code accountSid} and optionally {@code from}
     * and {@code messagingServiceSid}, secret {@code authToken}.
     *
     * @throws IllegalArgumentException when the account lacks the SID or the token
     */
    static TwilioAccount of(ProviderAccount account) {
        return new TwilioAccount(credentialsOf(account), Optional.ofNullable(account.field(FROM)),
                Optional.ofNullable(account.field(MESSAGING_SERVICE_SID)));
    }

    /** @throws IllegalArgumentException when the account lacks the SID or the token */
    static TwilioCredentials credentialsOf(ProviderAccount account) {
        return new TwilioCredentials(account.field(ACCOUNT_SID), account.field(AUTH_TOKEN));
    }

    /** Whether a message that does not name its sender can still be sent. */
    boolean hasSender() {
        return from.isPresent() || messagingServiceSid.isPresent();
    }
}
