package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record ContactPage(List<ContactView> contacts, long total, int offset, int limit) {
}
