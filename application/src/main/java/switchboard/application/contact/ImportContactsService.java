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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.ContactImport.State;
import switchboard.application.contact.port.AddressedContact;
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
 * Streams an import into the directory a batch at a time, so that memory holds a few batches
 * however long the file. The caller's thread reads and parses the lines and hands each batch to
 * a thread of the import's own, which stores the batches in order (each one transaction of the
 * directory's, a large one two transactions at once) and brings the import's record up to date
 * after each: the next batch is read while the last is written.
 */
public final class ImportContactsService implements ImportContactsUseCase {

    /** Batches read and waiting to be stored, at most: the reader waits while the store catches up. */
    private static final int WAITING_BATCHES = 2;
    /** How often a reader waiting on a full hand-off checks that the storing thread still runs. */
    private static final long CHECK_STORING_MILLIS = 100;
    /**
     * Batches of at least this many contacts are stored in two halves at once, each one transaction
     * on a connection of its own: the storing thread spends most of a batch waiting for the
     * database, which then works on both. Smaller batches are not worth a second transaction.
     */
    static final int HALVED_FROM = 2_000;

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
        require(batchSize > 0, "a batch holds at least one line");
        this.batchSize = batchSize;
    }

    @Override
    public ContactImport importContacts(TenantId tenantId, String format, Iterator<ContactLine> lines) {
        KnownTenants.require(tenants, tenantId);
        Instant now = clock.instant();
        ContactImport started = new ContactImport(UUID.randomUUID(), tenantId, format, State.RUNNING, 0, 0, 0,
                List.of(), now, now, Optional.empty());
        imports.start(started);
        Storing storing = new Storing(started);
        try {
            Batch batch = new Batch(0, 0);
            while (true) {
                ContactLine line;
                try {
                    line = lines.hasNext() ? lines.next() : null;
                } catch (RuntimeException readingStopped) {
                    storing.finishEarly(batch.last(Optional.of("the body could not be read to its end after line "
                            + batch.linesRead + "; the good lines before it are stored")), readingStopped);
                    throw readingStopped;
                }
                if (line == null) {
                    return storing.finish(batch.last(Optional.empty()));
                }
                batch.read(line);
                if (batch.lines >= batchSize) {
                    storing.handOver(batch);
                    batch = batch.next();
                }
            }
        } finally {
            storing.stopIfRunning();
        }
    }

    /** Lines read and not yet stored: the contacts (the last line of each id), and the refused lines reported. */
    private static final class Batch {
        private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
        private final List<LineError> errors = new ArrayList<>();
        /** The lines in this batch, and the good ones: "imported" counts a contact twice when two lines give it. */
        private int lines;
        private long good;
        /** The refused lines in this batch and before it. */
        private long refused;
        private long linesRead;
        /** Computed by the reader as it hands the batch over, sparing the storing thread. */
        private List<AddressedContact> addressed = List.of();
        private boolean last;
        /** Why reading stopped before the body's end, for the last batch of a failed import. */
        private Optional<String> failure = Optional.empty();

        Batch(long linesRead, long refused) {
            this.linesRead = linesRead;
            this.refused = refused;
        }

        void read(ContactLine line) {
            lines++;
            linesRead = Math.max(linesRead, line.number());
            if (line instanceof ContactLine.Read read) {
                good++;
                // A repeated id within a batch: its last line's data wins, as it does across batches.
                contacts.remove(read.contact().id());
                contacts.put(read.contact().id(), read.contact());
            } else if (line instanceof ContactLine.Unreadable unreadable) {
                if (refused < ContactImport.MAX_REPORTED_ERRORS) {
                    errors.add(new LineError(line.number(), unreadable.reason()));
                }
                refused++;
            }
        }

        Batch next() {
            return new Batch(linesRead, refused);
        }

        Batch last(Optional<String> failure) {
            this.last = true;
            this.failure = failure;
            return this;
        }

        State state() {
            return !last ? State.RUNNING : failure.isEmpty() ? State.FINISHED : State.FAILED;
        }
    }

    /**
     * The storing side of one import: a thread of its own that takes the batches in the order read
     * and records the import's progress after each, with a second thread for the second half of a
     * large batch (a batch is stored before the next begins, so the last line of a contact still
     * wins). When the database refuses a batch, the import is recorded as failed and the thread
     * stops; the reader finds out at its next hand-over.
     */
    private final class Storing {
        private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(WAITING_BATCHES);
        private final CompletableFuture<ContactImport> done = new CompletableFuture<>();
        private final Thread thread;
        private final ExecutorService secondHalves;
        private ContactImport current;
        private long stored;

        Storing(ContactImport started) {
            this.current = started;
            this.thread = new Thread(this::storeAll, "contact-import-" + started.id());
            thread.setDaemon(true);
            this.secondHalves = Executors.newSingleThreadExecutor(task -> {
                Thread second = new Thread(task, "contact-import-" + started.id() + "-2");
                second.setDaemon(true);
                return second;
            });
            thread.start();
        }

        /** Gives the batch to the storing thread; throws why that thread stopped if it has. */
        void handOver(Batch batch) {
            if (!offer(batch)) {
                throw storingFailure();
            }
        }

        /** Hands over the last batch and waits until every batch is stored. */
        ContactImport finish(Batch last) {
            offer(last);
            try {
                return done.join();
            } catch (CompletionException stopped) {
                throw storingFailure();
            }
        }

        /** Hands over the last batch read before reading stopped, and waits until it is stored. */
        void finishEarly(Batch last, RuntimeException readingStopped) {
            offer(last);
            try {
                done.join();
            } catch (CompletionException storingStopped) {
                readingStopped.addSuppressed(storingStopped.getCause());
            }
        }

        /** The reader leaves without a last batch (it was interrupted, or failed): the storing thread stops too. */
        void stopIfRunning() {
            if (!done.isDone()) {
                thread.interrupt();
            }
        }

        /** Waits while the hand-over is full, unless the storing thread stops; false if it has. */
        private boolean offer(Batch batch) {
            batch.addressed = batch.contacts.values().stream().map(addresses::of).toList();
            try {
                while (!done.isDone()) {
                    if (batches.offer(batch, CHECK_STORING_MILLIS, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the contacts import was interrupted after line " + batch.linesRead);
            }
        }

        private RuntimeException storingFailure() {
            try {
                done.join();
                return new IllegalStateException("the contacts import's storing stopped");
            } catch (CompletionException stopped) {
                if (stopped.getCause() instanceof Error error) {
                    throw error;
                }
                return stopped.getCause() instanceof RuntimeException cause ? cause : stopped;
            }
        }

        private void storeAll() {
            Batch inHand = null;
            try {
                while (true) {
                    Batch batch = batches.take();
                    inHand = batch;
                    if (!batch.addressed.isEmpty()) {
                        store(batch.addressed);
                    }
                    stored += batch.good;
                    record(batch, batch.state(), batch.failure);
                    inHand = null;
                    if (batch.last) {
                        done.complete(current);
                        return;
                    }
                }
            } catch (InterruptedException abandoned) {
                failed(null, "the contacts import was interrupted after line " + current.linesRead(), abandoned);
            } catch (RuntimeException | Error refused) {
                long line = inHand == null ? current.linesRead() : inHand.linesRead;
                failed(inHand, "the import stopped after line " + line + ": the database refused a batch", refused);
            } finally {
                secondHalves.shutdown();
            }
        }

        /**
         * Stores the contacts, a large batch in two halves at once. Both halves are waited for, through
         * interrupts as a database driver waits, so that nothing is still being written once the batch
         * is counted stored or refused; a refused half refuses the batch (the other half may be stored).
         */
        private void store(List<AddressedContact> batch) {
            TenantId tenantId = current.tenantId();
            if (batch.size() < HALVED_FROM) {
                contacts.upsert(tenantId, batch);
                return;
            }
            int half = batch.size() / 2;
            Future<?> secondHalf = secondHalves.submit(() -> contacts.upsert(tenantId, batch.subList(half, batch.size())));
            Throwable refused = null;
            try {
                contacts.upsert(tenantId, batch.subList(0, half));
            } catch (RuntimeException | Error firstRefused) {
                refused = firstRefused;
            }
            Throwable secondRefused = outcome(secondHalf);
            if (refused == null) {
                refused = secondRefused;
            } else if (secondRefused != null) {
                refused.addSuppressed(secondRefused);
            }
            if (refused instanceof Error error) {
                throw error;
            }
            if (refused != null) {
                throw (RuntimeException) refused; // a Runnable's task throws nothing else
            }
        }

        /** Waits for the task, keeping an interrupt for later; what it threw, or null. */
        private Throwable outcome(Future<?> task) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        task.get();
                        return null;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException failed) {
                        return failed.getCause();
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Records the import as failed, with the refused lines of the batch in hand (if any); its contacts are not stored. */
        private void failed(Batch batch, String why, Throwable cause) {
            try {
                record(batch == null ? new Batch(current.linesRead(), current.refused()) : batch, State.FAILED,
                        Optional.of(why));
            } catch (RuntimeException notRecorded) {
                cause.addSuppressed(notRecorded);
            }
            done.completeExceptionally(cause);
        }

        private void record(Batch batch, State state, Optional<String> failure) {
            current = new ContactImport(current.id(), current.tenantId(), current.format(), state, batch.linesRead, stored,
                    batch.refused, List.of(), current.startedAt(), clock.instant(), failure);
            imports.update(current, batch.errors);
        }
    }
}
