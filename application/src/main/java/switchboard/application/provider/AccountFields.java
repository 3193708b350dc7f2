package switchboard.application.provider;

import java.util.List;

/** The fields an account at a channel's provider has, by name: the settings shown back, and the secrets that never are. */
public record AccountFields(List<String> settings, List<String> secrets) {

    public AccountFields {
        settings = List.copyOf(settings);
        secrets = List.copyOf(secrets);
    }
}
