package switchboard.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/** Stops the start on a log format logback does not know, which would otherwise quietly give text. */
@Context
class LogFormatCheck {

    LogFormatCheck(@Value("${switchboard.log.format:text}") String format) {
        if (!LogFormat.isKnown(format)) {
            throw new IllegalArgumentException("switchboard.log.format must be text or json, not '" + format + "'");
        }
    }
}
