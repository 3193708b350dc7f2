package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import switchboard.application.contact.ContactImport;

/** A contacts import as the Admin API shows it; {@code errors} only on the import's own resource. */
@Serdeable
public record ContactImportView(String id, String format, String state, long linesRead, long imported, long refused,
                                List<LineErrorView> errors, String failure, Instant startedAt, Instant updatedAt) {

    static ContactImportView of(ContactImport found, boolean withErrors) {
        return new ContactImportView(found.id().toString(), found.format(), found.state().name().toLowerCase(Locale.ROOT),
                found.linesRead(), found.imported(), found.refused(),
                withErrors ? found.errors().stream().map(error -> new LineErrorView(error.line(), error.reason())).toList() : null,
                found.failure().orElse(null), found.startedAt(), found.updatedAt());
    }

    @Serdeable
    public record LineErrorView(long line, String error) {
    }
}
