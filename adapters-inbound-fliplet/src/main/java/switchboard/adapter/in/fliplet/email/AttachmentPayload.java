package switchboard.adapter.in.fliplet.email;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A file to attach, as Fliplet (after nodemailer) takes it: {@code content} is a string in
 * {@code encoding} (base64, hex, binary, or UTF-8 text when absent) or a serialised Node
 * Buffer ({@code {"type":"Buffer","data":[...]}}); {@code type} is its media type.
 */
@Serdeable
public record AttachmentPayload(String type, Object content, String name, String encoding) {
}
