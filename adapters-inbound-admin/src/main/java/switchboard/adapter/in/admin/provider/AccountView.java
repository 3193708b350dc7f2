package switchboard.adapter.in.admin.provider;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** An account as the API shows it: its settings, and only the names of its secrets. */
@Serdeable
public record AccountView(Map<String, String> settings, List<String> secrets) {
}
