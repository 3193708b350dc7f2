package switchboard.application.contact;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.ContactImport.State;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void anUnknownTenantOrImportIsNotFound() {
        assertThatThrownBy(() -> imports.importContacts(new TenantId("nobody"), "jsonl", List.<ContactLine>of().iterator()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> read.get(ACME, java.util.UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private static ContactLine read(long line, String id, String email) {
        return new ContactLine.Read(line, new Contact(new ContactId(id), ContactData.of(Map.of("email", email))));
    }
}
