package switchboard.adapter.in.dripcel.email;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The {@code data} of an accepted bulk email: the message's id ({@code customerId}, absent when
 * every destination was skipped), how many emails it sends, and how many destinations were
 * skipped for not being contacts.
 */
@Serdeable
public record BulkEmailAccepted(String customerId, int accepted, int skipped) {
}
