package switchboard.application.contact;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.ContactImport.State;
import switchboard.application.contact.port.AddressedContact;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.memory.Eventually;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImportContactsServiceTest {

    private static final TenantId ACME = new TenantId("acme");

    private final InMemoryStores stores = new InMemoryStores();
    private final Clock clock = Clock.systemUTC();
    private final ImportContactsService imports = new ImportContactsService(stores.tenants(), stores.contacts(),
            stores.contactImports(), Gateway.PHONES, clock, 3);
    private final ContactImportsService read = new ContactImportsService(stores.tenants(), stores.contactImports());

    @BeforeEach
    void tenant() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
    }

    @Test
    void goodLinesAreStoredWithTheirAddressesAndBadOnesReportedByLine() {
        ContactImport done = imports.importContacts(ACME, "jsonl", List.of(
                read(1, "a", "a@example.com"), read(2, "b", "b@example.com"), new ContactLine.Unreadable(3, "not JSON"),
                read(4, "c", "c@example.com"), read(5, "a", "a-again@example.com"), read(6, "d", "d@example.com"),
                new ContactLine.Unreadable(7, "the contact id is empty")).iterator());

        assertThat(done.state()).isEqualTo(State.FINISHED);
        assertThat(done.linesRead()).isEqualTo(7);
        assertThat(done.imported()).isEqualTo(5);
        assertThat(done.refused()).isEqualTo(2);
        assertThat(read.get(ACME, done.id()).errors()).containsExactly(new LineError(3, "not JSON"),
                new LineError(7, "the contact id is empty"));
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("a-again@example.com"))))
                .extracting(contact -> contact.id().value()).containsExactly("a");
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("a@example.com")))).as("replaced").isEmpty();
        assertThat(read.latest(ACME)).extracting(ContactImport::id).containsExactly(done.id());
    }

    @Test
    void progressIsRecordedAfterEachBatchAndOnlyTheFirstThousandErrorsAreKept() {
        List<ContactLine> lines = new ArrayList<>();
        LongStream.rangeClosed(1, 1_200).forEach(line -> lines.add(new ContactLine.Unreadable(line, "not JSON")));
        lines.add(read(1_201, "a", "a@example.com"));

        ContactImport done = imports.importContacts(ACME, "csv", lines.iterator());

        assertThat(done.refused()).isEqualTo(1_200);
        assertThat(read.get(ACME, done.id()).errors()).hasSize(ContactImport.MAX_REPORTED_ERRORS)
                .last().isEqualTo(new LineError(1_000, "not JSON"));
    }

    @Test
    void aBodyThatBreaksOffFailsTheImportAndKeepsTheLinesBeforeIt() {
        Iterator<ContactLine> breaking = new Iterator<>() {
            private int line;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ContactLine next() {
                if (++line > 4) {
                    throw new IllegalStateException("the connection closed");
                }
                return read(line, "c" + line, "c" + line + "@example.com");
            }
        };

        assertThatThrownBy(() -> imports.importContacts(ACME, "jsonl", breaking)).hasMessage("the connection closed");

        ContactImport failed = read.latest(ACME).get(0);
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.imported()).isEqualTo(4);
        assertThat(failed.failure()).hasValue("the body could not be read to its end after line 4; "
                + "the good lines before it are stored");
        assertThat(stores.contacts().find(ACME, new ContactId("c4"))).isPresent();
    }

    @Test
    void errorsKeepTheirLineNumbersAcrossBatchesAndEveryGoodLineIsStored() {
        List<ContactLine> lines = new ArrayList<>();
        List<LineError> expected = new ArrayList<>();
        for (long line = 1; line <= 100; line++) {
            if (line % 7 == 0 || line == 3 || line == 4) {
                lines.add(new ContactLine.Unreadable(line, "bad " + line));
                expected.add(new LineError(line, "bad " + line));
            } else {
                lines.add(read(line, "c" + line, "c" + line + "@example.com"));
            }
        }

        ContactImport done = imports.importContacts(ACME, "jsonl", lines.iterator());

        assertThat(done.state()).isEqualTo(State.FINISHED);
        assertThat(done.linesRead()).isEqualTo(100);
        assertThat(done.refused()).isEqualTo(expected.size());
        assertThat(done.imported()).isEqualTo(100 - expected.size());
        assertThat(read.get(ACME, done.id()).errors()).containsExactlyElementsOf(expected);
        assertThat(stores.contacts().list(ACME, new PageRequest(0, 200)).total()).isEqualTo(100 - expected.size());
        assertThat(stores.contacts().find(ACME, new ContactId("c100"))).isPresent();
    }

    @Test
    void aContactGivenOnManyLinesEndsWithItsLastLineWithinAndAcrossBatches() {
        ContactImport done = imports.importContacts(ACME, "jsonl", List.of(
                read(1, "a", "a1@example.com"), read(2, "a", "a2@example.com"), read(3, "b", "b@example.com"),
                read(4, "c", "c@example.com"), read(5, "a", "a5@example.com"), read(6, "d", "d@example.com"),
                read(7, "e", "e@example.com"), read(8, "f", "f@example.com"), read(9, "g", "g@example.com"),
                read(10, "a", "a10@example.com"), read(11, "a", "a11@example.com")).iterator());

        assertThat(done.imported()).as("lines stored, a repeated contact counted each time").isEqualTo(11);
        assertThat(stores.contacts().find(ACME, new ContactId("a")).orElseThrow().data().asMap())
                .isEqualTo(Map.of("email", "a11@example.com"));
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("a5@example.com")))).isEmpty();
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("a11@example.com"))))
                .extracting(contact -> contact.id().value()).containsExactly("a");
    }

    @Test
    void aBatchTheDirectoryRefusesFailsTheImportAndStopsReadingAnEndlessBody() {
        ImportContactsService refused = refusingBatch(3);
        AtomicLong linesGiven = new AtomicLong();
        Iterator<ContactLine> endless = Stream.iterate(1L, line -> line + 1)
                .peek(linesGiven::set).map(line -> read(line, "c" + line, "c" + line + "@example.com")).iterator();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> refused.importContacts(ACME, "jsonl", endless)).hasMessage("the database is full"));

        ContactImport failed = read.latest(ACME).get(0);
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.imported()).isEqualTo(6);
        assertThat(failed.linesRead()).isEqualTo(9);
        assertThat(failed.failure()).hasValue("the import stopped after line 9: the database refused a batch");
        assertThat(stores.contacts().find(ACME, new ContactId("c6"))).isPresent();
        assertThat(stores.contacts().find(ACME, new ContactId("c7"))).isEmpty();
        assertThat(linesGiven.get()).as("reading stops soon after: at most the batches waiting and the next")
                .isLessThanOrEqualTo(9 + 4 * 3);
    }

    @Test
    void aRefusedLastBatchFailsTheImportWithTheDirectorysError() {
        ImportContactsService refused = refusingBatch(3);
        Iterator<ContactLine> seven = LongStream.rangeClosed(1, 7)
                .mapToObj(line -> read(line, "c" + line, "c" + line + "@example.com")).iterator();

        assertThatThrownBy(() -> refused.importContacts(ACME, "jsonl", seven)).hasMessage("the database is full");

        ContactImport failed = read.latest(ACME).get(0);
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.imported()).isEqualTo(6);
        assertThat(failed.failure()).hasValue("the import stopped after line 7: the database refused a batch");
    }

    @Test
    void aReaderInterruptedWhileTheStoreIsBehindFailsTheImportAndStopsItsThread() throws Exception {
        CountDownLatch firstBatchStoring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImportContactsService held = new ImportContactsService(stores.tenants(), new InterceptedDirectory(stores.contacts(),
                batch -> {
                    firstBatchStoring.countDown();
                    awaitLikeADatabaseDriver(release);
                }), stores.contactImports(), Gateway.PHONES, clock, 3);
        AtomicLong linesGiven = new AtomicLong();
        Iterator<ContactLine> endless = Stream.iterate(1L, line -> line + 1)
                .peek(linesGiven::set).map(line -> read(line, "c" + line, "c" + line + "@example.com")).iterator();
        CompletableFuture<Throwable> readerStopped = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                held.importContacts(ACME, "jsonl", endless);
            } catch (RuntimeException stopped) {
                readerStopped.complete(stopped);
            }
        });
        reader.start();
        firstBatchStoring.await();
        // Batches 2 and 3 wait; the reader waits to hand over batch 4.
        Eventually.waitFor(() -> linesGiven.get() >= 12 && reader.getState() == Thread.State.TIMED_WAITING);

        reader.interrupt();

        assertThat(readerStopped.get(10, TimeUnit.SECONDS)).hasMessage("the contacts import was interrupted after line 12");
        release.countDown();
        Eventually.waitFor(() -> read.latest(ACME).get(0).state() == State.FAILED);
        ContactImport failed = read.latest(ACME).get(0);
        assertThat(failed.imported()).as("the batch being stored when the reader stopped").isEqualTo(3);
        assertThat(failed.failure()).hasValue("the contacts import was interrupted after line 3");
    }

    @Test
    void aLargeBatchIsStoredInTwoHalvesAtOnce() {
        int size = ImportContactsService.HALVED_FROM;
        CountDownLatch bothHalvesStoring = new CountDownLatch(2);
        Set<String> storingThreads = ConcurrentHashMap.newKeySet();
        ImportContactsService halving = new ImportContactsService(stores.tenants(), new InterceptedDirectory(stores.contacts(),
                half -> {
                    storingThreads.add(Thread.currentThread().getName());
                    bothHalvesStoring.countDown();
                    awaitOrFail(bothHalvesStoring);
                }), stores.contactImports(), Gateway.PHONES, clock, size);

        ContactImport done = halving.importContacts(ACME, "jsonl", LongStream.rangeClosed(1, size)
                .mapToObj(line -> read(line, "c" + line, "c" + line + "@example.com")).iterator());

        assertThat(done.state()).isEqualTo(State.FINISHED);
        assertThat(done.imported()).isEqualTo(size);
        assertThat(storingThreads).as("each half on a thread of its own").hasSize(2);
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("c1@example.com"),
                new EmailAddress("c" + size + "@example.com")))).hasSize(2);
    }

    @Test
    void aRefusedHalfRefusesItsBatch() {
        int size = ImportContactsService.HALVED_FROM;
        ImportContactsService halving = new ImportContactsService(stores.tenants(), new InterceptedDirectory(stores.contacts(),
                half -> {
                    if (Thread.currentThread().getName().endsWith("-2")) {
                        throw new IllegalStateException("the database is full");
                    }
                }), stores.contactImports(), Gateway.PHONES, clock, size);
        Iterator<ContactLine> lines = LongStream.rangeClosed(1, size)
                .mapToObj(line -> read(line, "c" + line, "c" + line + "@example.com")).iterator();

        assertThatThrownBy(() -> halving.importContacts(ACME, "jsonl", lines)).hasMessage("the database is full");

        ContactImport failed = read.latest(ACME).get(0);
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.imported()).isZero();
        assertThat(failed.failure()).hasValue("the import stopped after line " + size + ": the database refused a batch");
    }

    @Test
    void anUnknownTenantOrImportIsNotFound() {
        assertThatThrownBy(() -> imports.importContacts(new TenantId("nobody"), "jsonl", List.<ContactLine>of().iterator()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> read.get(ACME, java.util.UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private ImportContactsService refusingBatch(int refused) {
        return new ImportContactsService(stores.tenants(), new InterceptedDirectory(stores.contacts(), batch -> {
            if (batch == refused) {
                throw new IllegalStateException("the database is full");
            }
        }), stores.contactImports(), Gateway.PHONES, clock, 3);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other half was not being stored at the same time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits as JDBC drivers do, through interrupts, keeping the interrupt for later. */
    private static void awaitLikeADatabaseDriver(CountDownLatch release) {
        boolean interrupted = false;
        while (true) {
            try {
                release.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ContactLine read(long line, String id, String email) {
        return new ContactLine.Read(line, new Contact(new ContactId(id), ContactData.of(Map.of("email", email))));
    }

    /** The tenant's directory, with something done before each batch is stored: refusing it, say. */
    private static final class InterceptedDirectory implements ContactDirectory {
        private final ContactDirectory directory;
        private final IntConsumer beforeBatch;
        private final AtomicInteger batches = new AtomicInteger();

        InterceptedDirectory(ContactDirectory directory, IntConsumer beforeBatch) {
            this.directory = directory;
            this.beforeBatch = beforeBatch;
        }

        @Override
        public void upsert(TenantId tenantId, List<AddressedContact> contacts) {
            beforeBatch.accept(batches.incrementAndGet());
            directory.upsert(tenantId, contacts);
        }

        @Override
        public Optional<Contact> find(TenantId tenantId, ContactId id) {
            return directory.find(tenantId, id);
        }

        @Override
        public List<Contact> findAll(TenantId tenantId, Collection<ContactId> ids) {
            return directory.findAll(tenantId, ids);
        }

        @Override
        public List<Contact> findByAddresses(TenantId tenantId, Collection<Address> addresses) {
            return directory.findByAddresses(tenantId, addresses);
        }

        @Override
        public Page<Contact> list(TenantId tenantId, PageRequest page) {
            return directory.list(tenantId, page);
        }

        @Override
        public List<Contact> findMatching(TenantId tenantId, Scope scope) {
            return directory.findMatching(tenantId, scope);
        }

        @Override
        public boolean delete(TenantId tenantId, ContactId id) {
            return directory.delete(tenantId, id);
        }

        @Override
        public long deleteAll(TenantId tenantId) {
            return directory.deleteAll(tenantId);
        }
    }
}
