package switchboard.adapter.in.fliplet.email;

import io.micronaut.serde.annotation.Serdeable;

/** One entry of {@code to}: an address, an optional name, and whether it is to, cc or bcc (to by default). */
@Serdeable
public record EmailRecipient(String email, String name, String type) {
}
