package switchboard.application.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.ContactImport.State;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.ContactImports;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/**
 * Streams an import into the directory a batch at a time, so that memory holds one batch however
 * long the file: each batch is one transaction of the directory's, and the import's record is
 * brought up to date after it.
 */
public final class ImportContactsService implements ImportContactsUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;
    private final ContactImports imports;
    private final ContactAddresses addresses;
    private final Clock clock;
    private final int batchSize;

    public ImportContactsService(TenantStore tenants, ContactDirectory contacts, ContactImports imports,
                                 PhoneNumberNormalizer phones, Clock clock, int batchSize) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.imports = Objects.requireNonNull(imports, "imports");
        this.addresses = new ContactAddresses(Objects.requireNonNull(phones, "phones"));
        this.clock = Objects.requireNonNull(clock, "clock");
        require(batchSize > 0, "a batch holds at least one contact");
        this.batchSize = batchSize;
    }

    @Override
    public ContactImport importContacts(TenantId tenantId, String format, Iterator<ContactLine> lines) {
        KnownTenants.require(tenants, tenantId);
        Instant now = clock.instant();
        Progress progress = new Progress(new ContactImport(UUID.randomUUID(), tenantId, format, State.RUNNING, 0, 0, 0,
                List.of(), now, now, Optional.empty()));
        imports.start(progress.current);
        try {
            for (Optional<ContactLine> line = next(lines, progress); line.isPresent(); line = next(lines, progress)) {
                progress.read(line.get());
                if (progress.batch.size() >= batchSize) {
                    progress.store(State.RUNNING, Optional.empty());
                }
            }
            progress.store(State.FINISHED, Optional.empty());
        } catch (RuntimeException stopped) {
            if (progress.current.state() == State.RUNNING) {
                progress.fail("the import stopped after line " + progress.linesRead + ": the database refused a batch");
            }
            throw stopped;
        }
        return progress.current;
    }

    /** The next line; when the body cannot be read on, the lines read are stored and the import failed. */
    private static Optional<ContactLine> next(Iterator<ContactLine> lines, Progress progress) {
        try {
            return lines.hasNext() ? Optional.of(lines.next()) : Optional.empty();
        } catch (RuntimeException readingStopped) {
            progress.store(State.FAILED, Optional.of("the body could not be read to its end after line "
                    + progress.linesRead + "; the good lines before it are stored"));
            throw readingStopped;
        }
    }

    /** The import so far, and the batch and errors not yet stored. */
    private final class Progress {
        private ContactImport current;
        private final Map<ContactId, Contact> batch = new LinkedHashMap<>();
        private final List<LineError> errors = new ArrayList<>();
        private long linesRead;
        private long stored;
        private long pending;
        private long refused;

        Progress(ContactImport started) {
            this.current = started;
        }

        void read(ContactLine line) {
            linesRead = Math.max(linesRead, line.number());
            if (line instanceof ContactLine.Read read) {
                pending++;
                // A repeated id within a batch: its last line's data wins, as it would across batches.
                batch.remove(read.contact().id());
                batch.put(read.contact().id(), read.contact());
            } else if (line instanceof ContactLine.Unreadable unreadable) {
                refused++;
                if (current.refused() + errors.size() < ContactImport.MAX_REPORTED_ERRORS) {
                    errors.add(new LineError(line.number(), unreadable.reason()));
                }
            }
        }

        void store(State state, Optional<String> failure) {
            if (!batch.isEmpty()) {
                contacts.upsert(current.tenantId(), batch.values().stream().map(addresses::of).toList());
            }
            stored += pending;
            pending = 0;
            batch.clear();
            record(state, failure);
        }

        /** Records the import as failed, its batch not stored: the database refused it. */
        void fail(String why) {
            pending = 0;
            batch.clear();
            record(State.FAILED, Optional.of(why));
        }

        private void record(State state, Optional<String> failure) {
            current = new ContactImport(current.id(), current.tenantId(), current.format(), state, linesRead, stored,
                    refused, List.of(), current.startedAt(), clock.instant(), failure);
            imports.update(current, errors);
            errors.clear();
        }
    }
}
