package switchboard.domain.provider;

import java.util.Map;
import java.util.TreeMap;

import static switchboard.domain.Invariants.containsLineBreak;
import static switchboard.domain.Invariants.require;

/**
 * An account at a channel's provider: its settings (an account id, a sender identity, a project)
 * and its secrets (tokens, keys). Which fields a provider needs is the provider adapter's
 * business; the core keeps them, sealed at rest, and hands them back when sending. A tenant's
 * account, or a caller's own for one message, is used instead of the gateway's.
 */
public record ProviderAccount(Map<String, String> settings, Map<String, String> secrets) {

    public static final int MAX_FIELDS = 20;
    public static final int MAX_VALUE_LENGTH = 4096;

    private static final String SETTING = "setting:";
    private static final String SECRET = "secret:";

    public ProviderAccount {
        settings = checked(settings, "setting");
        secrets = checked(secrets, "secret");
        require(settings.size() + secrets.size() <= MAX_FIELDS, "an account has at most %d fields", MAX_FIELDS);
        require(settings.keySet().stream().noneMatch(secrets::containsKey), "a field is either a setting or a secret");
    }

    /**
     * The account as lines of text, {@code setting:name=value} and {@code secret:name=value}: the
     * form in which it is sealed. Names hold no {@code =} and values no line breaks.
     */
    public String asText() {
        StringBuilder text = new StringBuilder();
        settings.forEach((name, value) -> text.append(SETTING).append(name).append('=').append(value).append('\n'));
        secrets.forEach((name, value) -> text.append(SECRET).append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** The account {@link #asText} wrote. */
    public static ProviderAccount fromText(String text) {
        Map<String, String> settings = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            require(equals > 0, "not an account line");
            String name = line.substring(0, equals);
            String value = line.substring(equals + 1);
            if (name.startsWith(SETTING)) {
                settings.put(name.substring(SETTING.length()), value);
            } else {
                require(name.startsWith(SECRET), "not an account line");
                secrets.put(name.substring(SECRET.length()), value);
            }
        }
        return new ProviderAccount(settings, secrets);
    }

    /** The field's value, whether it is a setting or a secret. */
    public String field(String name) {
        String setting = settings.get(name);
        return setting != null ? setting : secrets.get(name);
    }

    private static Map<String, String> checked(Map<String, String> fields, String kind) {
        require(fields != null, "an account's %ss are required, even if none", kind);
        fields.forEach((name, value) -> {
            require(name != null && name.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}"), "'%s' is not a field name", name);
            require(value != null && !value.isEmpty() && value.length() <= MAX_VALUE_LENGTH && !containsLineBreak(value),
                    "the %s %s must be one line of 1 to %d characters", kind, name, MAX_VALUE_LENGTH);
        });
        return Map.copyOf(new TreeMap<>(fields));
    }

    @Override
    public String toString() {
        return "ProviderAccount[" + settings + ", secrets " + secrets.keySet() + " hidden]";
    }
}
