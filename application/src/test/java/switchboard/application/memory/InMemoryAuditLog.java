package switchboard.application.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import switchboard.application.audit.AuditEntry;
import switchboard.application.audit.AuditFilter;
import switchboard.application.audit.port.AuditLog;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;

/** The audit log in memory. */
final class InMemoryAuditLog implements AuditLog {

    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
            .thenComparing(AuditEntry::id).reversed();

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Predicate<AuditEntry> matches = entry -> filter.tenantId().map(tenant -> entry.action().tenantId().equals(Optional.of(tenant))).orElse(true)
                && filter.actor().map(entry.action().actor()::equals).orElse(true)
                && filter.action().map(entry.action().action()::startsWith).orElse(true)
                && filter.from().map(from -> !entry.at().isBefore(from)).orElse(true)
                && filter.until().map(until -> entry.at().isBefore(until)).orElse(true);
        List<AuditEntry> matching = entries.stream().filter(matches).sorted(NEWEST_FIRST).toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).toList(), matching.size());
    }

    @Override
    public synchronized int deleteBefore(Instant before) {
        int count = entries.size();
        entries.removeIf(entry -> entry.at().isBefore(before));
        return count - entries.size();
    }
}
