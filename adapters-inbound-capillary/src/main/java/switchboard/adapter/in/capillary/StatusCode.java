package switchboard.adapter.in.capillary;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Capillary's {@code {status, message, code}}: the envelope's overall {@code statusCode}, and
 * each error ({@code status: false}) and warning ({@code status: true}) of an item.
 */
@Serdeable
public record StatusCode(boolean status, String message, int code) {

    public static StatusCode error(Fault fault, String message) {
        return new StatusCode(false, message, fault.code());
    }

    public static StatusCode warning(Fault fault, String message) {
        return new StatusCode(true, message, fault.code());
    }
}
