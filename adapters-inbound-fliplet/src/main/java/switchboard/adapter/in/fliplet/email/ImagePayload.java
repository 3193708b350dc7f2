package switchboard.adapter.in.fliplet.email;

import io.micronaut.serde.annotation.Serdeable;

/** An image shown inline (Mandrill's {@code images}): base64 content, referenced in the HTML as {@code cid:<name>}. */
@Serdeable
public record ImagePayload(String type, String name, String content) {
}
