package switchboard.domain.contact;

import java.util.List;
import java.util.Optional;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;

/**
 * Which keys of a contact's data hold its addresses. Each list is tried in order and keys
 * match ignoring case, so {@code email} finds {@code Email} and {@code EMAIL} too.
 */
public record ContactFields(List<String> email, List<String> phone, List<String> pushTokens) {

    public static final ContactFields DEFAULT = new ContactFields(
            List.of("email"), List.of("phone", "cell", "mobile"), List.of("pushTokens", "pushToken"));

    public ContactFields {
        email = checked(email, "email");
        phone = checked(phone, "phone");
        pushTokens = checked(pushTokens, "pushTokens");
    }

    public Optional<String> emailOf(ContactData data) {
        return data.firstIgnoringCase(email).map(String::valueOf);
    }

    public Optional<String> phoneOf(ContactData data) {
        return data.firstIgnoringCase(phone).map(String::valueOf);
    }

    /** Every push token the contact carries: a list of tokens or a single one. */
    public List<String> pushTokensOf(ContactData data) {
        return data.firstIgnoringCase(pushTokens)
                .map(value -> value instanceof List<?> list
                        ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                        : value instanceof String token ? List.of(token) : List.<String>of())
                .orElse(List.of());
    }

    private static List<String> checked(List<String> keys, String name) {
        require(keys != null && !keys.isEmpty(), "the %s fields need at least one key", name);
        require(keys.stream().allMatch(key -> key != null && !key.isBlank()), "the %s fields must not be blank", name);
        keys.forEach(key -> requireNoNul(key, "the " + name + " fields"));
        return List.copyOf(keys);
    }
}
