package switchboard.adapter.in.admin.send;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** One channel's part of the answer; {@code error} is present, as null, when the channel succeeded. */
@Serdeable
public record ChannelResult(String channel, boolean success, @JsonInclude(JsonInclude.Include.ALWAYS) String error) {
}
