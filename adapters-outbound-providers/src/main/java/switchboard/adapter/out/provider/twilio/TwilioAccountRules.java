package switchboard.adapter.out.provider.twilio;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import switchboard.adapter.out.provider.AccountRules;
import switchboard.domain.provider.ProviderAccount;

/** A Twilio account, for SMS and WhatsApp alike: see {@link TwilioAccount#of}. */
public final class TwilioAccountRules implements AccountRules {

    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");

    @Override
    public Set<String> settings() {
        return Set.of(TwilioAccount.ACCOUNT_SID, TwilioAccount.FROM, TwilioAccount.MESSAGING_SERVICE_SID);
    }

    @Override
    public Set<String> secrets() {
        return Set.of(TwilioAccount.AUTH_TOKEN);
    }

    @Override
    public List<String> problems(ProviderAccount account) {
        List<String> problems = AccountRules.missing(account, TwilioAccount.ACCOUNT_SID, TwilioAccount.AUTH_TOKEN);
        String sid = account.field(TwilioAccount.ACCOUNT_SID);
        if (sid != null && !TwilioCredentials.isAccountSid(sid)) {
            problems.add("'accountSid' is not a Twilio account SID (AC and 32 hexadecimal digits)");
        }
        String service = account.field(TwilioAccount.MESSAGING_SERVICE_SID);
        if (service != null && !MESSAGING_SERVICE_SID.matcher(service).matches()) {
            problems.add("'messagingServiceSid' is not a Twilio messaging service SID (MG and 32 hexadecimal digits)");
        }
        return problems;
    }
}
