package switchboard.bootstrap.wiring;

import io.micronaut.core.convert.ConversionService;

import java.time.Duration;
import java.util.Optional;

/** Reads settings given as text, stopping the start with a line that names a setting whose value is wrong. */
final class Settings {

    private Settings() {
    }

    static Duration positiveDuration(String setting, String text) {
        Duration duration = duration(text);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException(setting + " is '" + text + "': write a duration longer than zero, such as 30d, 12h or 10m");
        }
        return duration;
    }

    static Duration nonNegativeDuration(String setting, String text) {
        Optional<Duration> duration = ConversionService.SHARED.convert(text.strip(), Duration.class);
        if (duration.isEmpty() || duration.get().isNegative()) {
            throw new IllegalStateException(setting + " is '" + text + "': write a duration, such as 2s or 500ms");
        }
        return duration.get();
    }

    static int positiveInteger(String setting, String text) {
        int value = integer(setting, text, "above zero");
        if (value <= 0) {
            throw new IllegalStateException(setting + " is '" + text + "': write a whole number above zero");
        }
        return value;
    }

    static int nonNegativeInteger(String setting, String text) {
        int value = integer(setting, text, "of zero or more");
        if (value < 0) {
            throw new IllegalStateException(setting + " is '" + text + "': write a whole number of zero or more");
        }
        return value;
    }

    static boolean trueOrFalse(String setting, String text) {
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(setting + " is '" + text + "': write true or false");
        };
    }

    private static Duration duration(String text) {
        return ConversionService.SHARED.convert(text.strip(), Duration.class).orElse(Duration.ZERO);
    }

    private static int integer(String setting, String text, String range) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(setting + " is '" + text + "': write a whole number " + range);
        }
    }
}
