package switchboard.adapter.in.admin.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record AuditList(List<AuditEntryView> entries, long total, int offset, int limit) {
}
