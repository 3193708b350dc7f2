package switchboard.bootstrap.guard;

import io.micronaut.core.convert.ConversionService;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import switchboard.application.guard.port.Allowance;

/** Reads a rate limit setting: {@code <requests>/<period>} such as {@code 20/30s} or {@code 100/1m}, or {@code off}. */
final class Allowances {

    private Allowances() {
    }

    static Optional<Allowance> parse(String setting, String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("off")) {
            return Optional.empty();
        }
        String[] parts = value.split("/", 2);
        try {
            Duration period = ConversionService.SHARED.convert(parts[1].strip(), Duration.class)
                    .orElseThrow(() -> new IllegalArgumentException("not a period"));
            return Optional.of(new Allowance(Long.parseLong(parts[0].strip()), period));
        } catch (RuntimeException e) {
            throw new IllegalStateException(setting + " is '" + text + "': write <requests>/<period>, such as 20/30s or"
                    + " 100/1m, or off", e);
        }
    }
}
