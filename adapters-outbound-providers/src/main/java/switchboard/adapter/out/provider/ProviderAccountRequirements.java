package switchboard.adapter.out.provider;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import switchboard.adapter.out.provider.email.EmailIdentityRules;
import switchboard.adapter.out.provider.fcm.FcmAccountRules;
import switchboard.adapter.out.provider.twilio.TwilioAccountRules;
import switchboard.adapter.out.provider.webhook.WebhookAccountRules;
import switchboard.adapter.out.provider.zalo.ZaloAccountRules;
import switchboard.application.provider.AccountFields;
import switchboard.application.provider.port.ProviderAccountCheck;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;

/**
 * Checks a tenant's account against the rules of its channel's provider: no field the provider
 * does not have, secrets given as secrets, and each provider's own requirements. Checked whether
 * or not the provider is enabled in this gateway, so an account stored ahead of enabling it is
 * already right.
 */
@Singleton
public class ProviderAccountRequirements implements ProviderAccountCheck {

    private static final TwilioAccountRules TWILIO = new TwilioAccountRules();
    private static final Map<Channel, AccountRules> RULES = Map.of(
            Channel.EMAIL, new EmailIdentityRules(),
            Channel.SMS, TWILIO,
            Channel.WHATSAPP, TWILIO,
            Channel.PUSH, new FcmAccountRules(),
            Channel.ZALO, new ZaloAccountRules(),
            Channel.WEBHOOK, new WebhookAccountRules());

    @Override
    public List<String> problems(Channel channel, ProviderAccount account) {
        AccountRules rules = RULES.get(channel);
        if (rules == null) {
            return List.of("the " + channel + " channel has no provider accounts");
        }
        List<String> problems = new ArrayList<>();
        account.settings().keySet().stream().filter(name -> !rules.settings().contains(name))
                .forEach(name -> problems.add(unknown(name, "setting", rules.settings(), rules.secrets())));
        account.secrets().keySet().stream().filter(name -> !rules.secrets().contains(name))
                .forEach(name -> problems.add(unknown(name, "secret", rules.secrets(), rules.settings())));
        problems.addAll(rules.problems(account));
        return problems;
    }

    @Override
    public Map<Channel, AccountFields> fields() {
        Map<Channel, AccountFields> fields = new EnumMap<>(Channel.class);
        RULES.forEach((channel, rules) -> fields.put(channel,
                new AccountFields(List.copyOf(new TreeSet<>(rules.settings())), List.copyOf(new TreeSet<>(rules.secrets())))));
        return fields;
    }

    private static String unknown(String name, String kind, Set<String> sameKind, Set<String> otherKind) {
        return otherKind.contains(name) ? "'" + name + "' is a " + (kind.equals("secret") ? "setting" : "secret")
                + ", not a " + kind : "there is no " + kind + " '" + name + "'; the " + kind + "s are " + new TreeSet<>(sameKind);
    }
}
