package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.provider.AccountFields;
import switchboard.application.provider.DeleteProviderSettingsUseCase;
import switchboard.application.provider.ListProviderSettingsUseCase;
import switchboard.application.provider.ProviderAccountFieldsUseCase;
import switchboard.application.provider.SaveProviderSettingsUseCase;
import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendMessageUseCase;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * The tenant's own provider accounts, per channel, as {@code /api/v1/tenants/{tenantId}/providers}
 * keeps them: listed, set (a secret typed is stored, a secret left empty keeps the saved one, and
 * no page ever shows one back) and removed; and a test message sent through an account to an
 * address the admin types, the provider's answer shown.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/providers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class ProvidersController extends ConsolePage {

    /** The API of origin a test message is stored under. */
    static final String ORIGIN = "console";

    private final ListProviderSettingsUseCase listSettings;
    private final SaveProviderSettingsUseCase saveSettings;
    private final DeleteProviderSettingsUseCase deleteSettings;
    private final ProviderAccountFieldsUseCase accountFields;
    private final SendMessageUseCase sendMessage;
    private final Duration sendBudget;

    public ProvidersController(ListProviderSettingsUseCase listSettings, SaveProviderSettingsUseCase saveSettings,
                               DeleteProviderSettingsUseCase deleteSettings, ProviderAccountFieldsUseCase accountFields,
                               SendMessageUseCase sendMessage,
                               @Value("${switchboard.admin.send-timeout:10s}") Duration sendBudget) {
        this.listSettings = listSettings;
        this.saveSettings = saveSettings;
        this.deleteSettings = deleteSettings;
        this.accountFields = accountFields;
        this.sendMessage = sendMessage;
        this.sendBudget = sendBudget;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String removed, Operator operator) {
        Map<Channel, ProviderSettings> saved = saved(operator.mayActOn(tenant));
        List<ChannelRow> rows = accountFields.fields().keySet().stream()
                .map(channel -> ChannelRow.of(tenant, channel, Optional.ofNullable(saved.get(channel)))).toList();
        return page("providers", new ProvidersPage(new Chrome("Provider accounts", operator, tenant, Chrome.Section.PROVIDERS),
                rows, removed == null ? "" : removed));
    }

    @Get("/{channel}")
    public HttpResponse<?> edit(String tenant, String channel, @Nullable @QueryValue String saved, Operator operator) {
        Channel named = channel(channel);
        Optional<ProviderSettings> settings = Optional.ofNullable(saved(operator.mayActOn(tenant)).get(named));
        return page("provider", ProviderPage.of(chrome(operator, tenant, named), named, fields(named), settings,
                saved != null, "", TestResult.NONE));
    }

    /** Sets the channel's accounts whole, as {@code PUT .../providers/{channel}} does, but keeps the saved secrets left empty. */
    @Post("/{channel}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(String tenant, String channel, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        Channel named = channel(channel);
        AccountFields fields = fields(named);
        Optional<ProviderSettings> before = Optional.ofNullable(saved(tenantId).get(named));
        try {
            saveSettings.save(tenantId, typed(named, fields, form, before));
        } catch (InvalidValueException invalid) {
            ProviderPage refused = ProviderPage.typed(chrome(operator, tenant, named), named, fields, form, before,
                    invalid.getMessage());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("provider", Map.of("page", refused)));
        }
        return redirect(Paths.tenant(tenant) + "/providers/" + Paths.encode(channel) + "?saved=yes");
    }

    /** The channel's messages go out through the gateway's own account again. */
    @Post("/{channel}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(String tenant, String channel, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        deleteSettings.delete(operator.mayActOn(tenant), channel(channel));
        return redirect(Paths.tenant(tenant) + "/providers?removed=" + Paths.encode(channel));
    }

    /**
     * Sends one real message through the saved primary or fallback account to the address typed,
     * waiting for its first attempt as the Admin API's send does, and shows what came of it.
     */
    @Post("/{channel}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> test(String tenant, String channel, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        Channel named = channel(channel);
        ProviderSettings settings = Optional.ofNullable(saved(tenantId).get(named))
                .orElseThrow(() -> new NotFoundException("provider settings", named));
        boolean fallback = "fallback".equals(form.get("account"));
        ProviderAccount account = fallback
                ? settings.fallback().orElseThrow(() -> new NotFoundException("fallback account of", named))
                : settings.primary();
        String address = form.getOrDefault("address", "").strip();
        Chrome chrome = chrome(operator, tenant, named);
        TestResult result;
        try {
            RecipientRequest to = new RecipientRequest.ToAddress(Recipient.of(named, address));
            SendCommand command = SendCommand.of(tenantId, ORIGIN, testContent(named, fallback), List.of(to))
                    .withProviderAccount(named, account).withAwaitOutcome(sendBudget);
            result = TestResult.of(address, sendMessage.send(command).outcomes().get(0));
        } catch (InvalidValueException invalid) {
            ProviderPage refused = ProviderPage.of(chrome, named, fields(named), Optional.of(settings), false, "",
                    new TestResult(false, address, invalid.getMessage()));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("provider", Map.of("page", refused)));
        }
        return page("provider", ProviderPage.of(chrome, named, fields(named), Optional.of(settings), false, "", result));
    }

    private Map<Channel, ProviderSettings> saved(TenantId tenantId) {
        Map<Channel, ProviderSettings> saved = new TreeMap<>();
        listSettings.list(tenantId).forEach(settings -> saved.put(settings.channel(), settings));
        return saved;
    }

    private AccountFields fields(Channel channel) {
        AccountFields fields = accountFields.fields().get(channel);
        if (fields == null) {
            throw new NotFoundException("provider accounts of channel", channel);
        }
        return fields;
    }

    private static Channel channel(String name) {
        return Channel.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static Chrome chrome(Operator operator, String tenant, Channel channel) {
        return new Chrome("Provider accounts: " + label(channel), operator, tenant, Chrome.Section.PROVIDERS);
    }

    private static String label(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    private static Content testContent(Channel channel, boolean fallback) {
        return Content.text("Switchboard test message", "A test message from the Switchboard console, sent through the tenant's "
                + label(channel) + " " + (fallback ? "fallback" : "primary") + " account.");
    }

    /** The settings the form holds: its secrets as typed, or where one is left empty, the one saved before. */
    private static ProviderSettings typed(Channel channel, AccountFields fields, Map<String, String> form,
                                          Optional<ProviderSettings> before) {
        ProviderAccount primary = Role.PRIMARY.account(fields, form, before.map(ProviderSettings::primary));
        Optional<ProviderAccount> fallback = Role.FALLBACK.used(form)
                ? Optional.of(Role.FALLBACK.account(fields, form, before.flatMap(ProviderSettings::fallback)))
                : Optional.empty();
        return new ProviderSettings(channel, primary, fallback, failoverAfter(form.getOrDefault("failoverAfter", "")));
    }

    private static int failoverAfter(String typed) {
        if (typed.isBlank()) {
            return ProviderSettings.DEFAULT_FAILOVER_AFTER;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("failoverAfter must be a whole number of attempts, from 1 to "
                    + ProviderSettings.MAX_FAILOVER_AFTER);
        }
    }

    /** The two accounts of a channel, and how the form names their fields: {@code primary.setting.from}, {@code fallback.secret.authToken}. */
    public enum Role {
        PRIMARY("primary", "Primary account"),
        FALLBACK("fallback", "Fallback account");

        private final String prefix;
        private final String legend;

        Role(String prefix, String legend) {
            this.prefix = prefix;
            this.legend = legend;
        }

        String settingField(String name) {
            return prefix + ".setting." + name;
        }

        String secretField(String name) {
            return prefix + ".secret." + name;
        }

        /** The fallback is used when its box is ticked; the primary always is. */
        boolean used(Map<String, String> form) {
            return this == PRIMARY || form.containsKey(prefix + ".use");
        }

        ProviderAccount account(AccountFields fields, Map<String, String> form, Optional<ProviderAccount> before) {
            Map<String, String> settings = new TreeMap<>();
            fields.settings().forEach(name -> typed(form, settingField(name)).ifPresent(value -> settings.put(name, value)));
            Map<String, String> secrets = new TreeMap<>();
            fields.secrets().forEach(name -> typed(form, secretField(name))
                    .or(() -> before.map(account -> account.secrets().get(name)))
                    .ifPresent(value -> secrets.put(name, value)));
            return new ProviderAccount(settings, secrets);
        }

        private static Optional<String> typed(Map<String, String> form, String field) {
            return Optional.ofNullable(form.get(field)).map(String::strip).filter(value -> !value.isEmpty());
        }
    }

    /** A channel as listed: its accounts' settings and which secrets they have, or none, for the gateway's. */
    public record ChannelRow(String channel, String href, boolean configured, String primary, String fallback) {

        static ChannelRow of(String tenant, Channel channel, Optional<ProviderSettings> settings) {
            return new ChannelRow(label(channel), Paths.tenant(tenant) + "/providers/" + label(channel), settings.isPresent(),
                    settings.map(saved -> summary(saved.primary())).orElse(""),
                    settings.flatMap(ProviderSettings::fallback).map(ChannelRow::summary).orElse(""));
        }

        /** The settings with their values, and the secrets by name only, each in alphabetical order. */
        private static String summary(ProviderAccount account) {
            List<String> fields = new ArrayList<>();
            new TreeMap<>(account.settings()).forEach((name, value) -> fields.add(name + " " + value));
            new TreeSet<>(account.secrets().keySet()).forEach(name -> fields.add(name + " set"));
            return String.join(", ", fields);
        }
    }

    public record ProvidersPage(Chrome chrome, List<ChannelRow> rows, String removed) {
    }

    /** A setting's input: its form field and value. */
    public record SettingInput(String name, String field, String value) {

        public String id() {
            return field.replace('.', '-');
        }
    }

    /** A secret's input, always empty: only whether the saved account has one is shown. */
    public record SecretInput(String name, String field, boolean set) {

        public String id() {
            return field.replace('.', '-');
        }
    }

    /** One account's part of the form; the fallback's is {@code optional}, used only when its box is ticked. */
    public record AccountInputs(String legend, boolean optional, String useField, boolean used, List<SettingInput> settings,
                                List<SecretInput> secrets) {

        static AccountInputs of(Role role, AccountFields fields, Map<String, String> settingValues, boolean used,
                                Optional<ProviderAccount> saved) {
            return new AccountInputs(role.legend, role == Role.FALLBACK, role.prefix + ".use", used,
                    fields.settings().stream().map(name -> new SettingInput(name, role.settingField(name),
                            settingValues.getOrDefault(name, ""))).toList(),
                    fields.secrets().stream().map(name -> new SecretInput(name, role.secretField(name),
                            saved.map(account -> account.secrets().containsKey(name)).orElse(false))).toList());
        }

        public String useId() {
            return useField.replace('.', '-');
        }
    }

    /** What came of a test message: sent (or captured), or the provider's or the gateway's reason why not. */
    public record TestResult(boolean sent, String address, String outcome) {

        static final TestResult NONE = new TestResult(false, "", "");

        static TestResult of(String address, RecipientOutcome outcome) {
            if (outcome instanceof RecipientOutcome.Rejected rejected) {
                return new TestResult(false, address, "Not sent: " + rejected.detail());
            }
            Delivery delivery = ((RecipientOutcome.Accepted) outcome).deliveries().get(0);
            return switch (delivery.status()) {
                case SENT, DELIVERED -> new TestResult(true, address, "Sent: the provider accepted it"
                        + delivery.providerRef().map(ref -> " as " + ref).orElse("") + ".");
                case CAPTURED -> new TestResult(false, address, "Captured, not sent: this gateway has no provider enabled for the channel.");
                case QUEUED -> new TestResult(false, address, "Not sent yet: " + delivery.lastError().orElse("waiting")
                        + "; it is retried in the background.");
                case SENDING -> new TestResult(false, address, "Still sending when the wait ran out; it goes on in the background.");
                case FAILED, DEAD, SKIPPED, CANCELLED -> new TestResult(false, address, "Not sent: "
                        + delivery.lastError().orElse(delivery.status().name().toLowerCase(Locale.ROOT)));
            };
        }

        public boolean shown() {
            return !outcome.isEmpty();
        }
    }

    /** A channel's accounts in the form, with the test message's form and, once sent, its result. */
    public record ProviderPage(Chrome chrome, String channel, boolean configured, boolean saved, String error,
                               AccountInputs primary, AccountInputs fallback, String failoverAfter, boolean hasFallback,
                               TestResult test) {

        static ProviderPage of(Chrome chrome, Channel channel, AccountFields fields, Optional<ProviderSettings> settings,
                               boolean saved, String error, TestResult test) {
            Optional<ProviderAccount> primary = settings.map(ProviderSettings::primary);
            Optional<ProviderAccount> fallback = settings.flatMap(ProviderSettings::fallback);
            return new ProviderPage(chrome, label(channel), settings.isPresent(), saved, error,
                    AccountInputs.of(Role.PRIMARY, fields, primary.map(ProviderAccount::settings).orElse(Map.of()), true, primary),
                    AccountInputs.of(Role.FALLBACK, fields, fallback.map(ProviderAccount::settings).orElse(Map.of()),
                            fallback.isPresent(), fallback),
                    String.valueOf(settings.map(ProviderSettings::failoverAfter).orElse(ProviderSettings.DEFAULT_FAILOVER_AFTER)),
                    fallback.isPresent(), test);
        }

        /** The form again as typed, when saving it was refused: settings as typed, secrets never. */
        static ProviderPage typed(Chrome chrome, Channel channel, AccountFields fields, Map<String, String> form,
                                  Optional<ProviderSettings> before, String error) {
            Optional<ProviderAccount> fallback = before.flatMap(ProviderSettings::fallback);
            return new ProviderPage(chrome, label(channel), before.isPresent(), false, error,
                    AccountInputs.of(Role.PRIMARY, fields, typedSettings(Role.PRIMARY, fields, form), true,
                            before.map(ProviderSettings::primary)),
                    AccountInputs.of(Role.FALLBACK, fields, typedSettings(Role.FALLBACK, fields, form), Role.FALLBACK.used(form),
                            fallback),
                    form.getOrDefault("failoverAfter", ""), fallback.isPresent(), TestResult.NONE);
        }

        private static Map<String, String> typedSettings(Role role, AccountFields fields, Map<String, String> form) {
            Map<String, String> typed = new TreeMap<>();
            fields.settings().forEach(name -> typed.put(name, form.getOrDefault(role.settingField(name), "")));
            return typed;
        }

        public List<AccountInputs> accounts() {
            return List.of(primary, fallback);
        }

        public String listHref() {
            return chrome.href(Chrome.Section.PROVIDERS);
        }

        public String href() {
            return listHref() + "/" + channel;
        }
    }
}
