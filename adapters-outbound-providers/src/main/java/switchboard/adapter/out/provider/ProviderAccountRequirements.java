package switchboard.adapter.out.provider;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import switchboard.adapter.out.provider.webhook.WebhookSecret;
import switchboard.application.port.out.ProviderAccountCheck;
import switchboard.domain.InvalidValueException;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;

/**
 * The fields an account at each channel's provider has, which are secrets, and which are
 * required. Checked whether or not the provider is enabled in this gateway, so an account stored
 * ahead of enabling it is already right.
 */
@Singleton
public class ProviderAccountRequirements implements ProviderAccountCheck {

    private static final Pattern TWILIO_ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern TWILIO_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");

    /** The fields of each channel's accounts. */
    private record Fields(Set<String> settings, Set<String> secrets) {
    }

    private static final Map<Channel, Fields> FIELDS = Map.of(
            Channel.EMAIL, new Fields(Set.of("from", "fromName"), Set.of()),
            Channel.SMS, new Fields(Set.of("accountSid", "from", "messagingServiceSid"), Set.of("authToken")),
            Channel.WHATSAPP, new Fields(Set.of("accountSid", "from", "messagingServiceSid"), Set.of("authToken")),
            Channel.PUSH, new Fields(Set.of("projectId"), Set.of("serviceAccountJson")),
            Channel.ZALO, new Fields(Set.of("appId", "templateId", "templateParam"),
                    Set.of("secretKey", "refreshToken", "accessToken")),
            Channel.WEBHOOK, new Fields(Set.of(), Set.of("signingSecret")));

    @Override
    public List<String> problems(Channel channel, ProviderAccount account) {
        Fields fields = FIELDS.get(channel);
        if (fields == null) {
            return List.of("the " + channel + " channel has no provider accounts");
        }
        List<String> problems = new ArrayList<>();
        account.settings().keySet().stream().filter(name -> !fields.settings().contains(name))
                .forEach(name -> problems.add(unknown(name, "setting", fields.settings(), fields.secrets())));
        account.secrets().keySet().stream().filter(name -> !fields.secrets().contains(name))
                .forEach(name -> problems.add(unknown(name, "secret", fields.secrets(), fields.settings())));
        switch (channel) {
            case EMAIL -> requireEmailSender(account, problems);
            case SMS, WHATSAPP -> requireTwilioAccount(account, problems);
            case PUSH -> require(account, problems, "serviceAccountJson");
            case ZALO -> require(account, problems, "appId", "templateId", "secretKey", "refreshToken");
            case WEBHOOK -> requireWebhookSecret(account, problems);
            default -> throw new IllegalStateException("no account rules for " + channel);
        }
        return problems;
    }

    private static String unknown(String name, String kind, Set<String> sameKind, Set<String> otherKind) {
        return otherKind.contains(name) ? "'" + name + "' is a " + (kind.equals("secret") ? "setting" : "secret")
                + ", not a " + kind : "there is no " + kind + " '" + name + "'; the " + kind + "s are " + new TreeSet<>(sameKind);
    }

    private static void require(ProviderAccount account, List<String> problems, String... names) {
        for (String name : names) {
            if (account.field(name) == null) {
                problems.add("'" + name + "' is required");
            }
        }
    }

    private static void requireEmailSender(ProviderAccount account, List<String> problems) {
        require(account, problems, "from");
        String from = account.field("from");
        if (from != null) {
            try {
                new EmailAddress(from);
            } catch (InvalidValueException e) {
                problems.add("'from' is not an email address: " + e.getMessage());
            }
        }
    }

    private static void requireTwilioAccount(ProviderAccount account, List<String> problems) {
        require(account, problems, "accountSid", "authToken");
        String sid = account.field("accountSid");
        if (sid != null && !TWILIO_ACCOUNT_SID.matcher(sid).matches()) {
            problems.add("'accountSid' is not a Twilio account SID (AC and 32 hexadecimal digits)");
        }
        String service = account.field("messagingServiceSid");
        if (service != null && !TWILIO_SERVICE_SID.matcher(service).matches()) {
            problems.add("'messagingServiceSid' is not a Twilio messaging service SID (MG and 32 hexadecimal digits)");
        }
    }

    private static void requireWebhookSecret(ProviderAccount account, List<String> problems) {
        require(account, problems, "signingSecret");
        String secret = account.field("signingSecret");
        if (secret != null && !WebhookSecret.isWellFormed(secret)) {
            problems.add("'signingSecret' must be whsec_ followed by base64 of at least 24 bytes");
        }
    }
}
