package switchboard.application.contact;

import java.util.Iterator;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.TenantId;

public interface ImportContactsUseCase {

    /**
     * Reads the lines one batch at a time, creating or replacing their contacts (a contact that
     * appears twice ends with its last line's data) with the addresses they are found by, and
     * records the import's progress after each batch. Batches are stored by a thread of the
     * import's own while the next is read; a batch the directory refuses fails the import, and the
     * refusal is thrown here. Bad lines are reported and skipped; the
     * good ones are kept even when reading stops early, which fails the import.
     *
     * @param format how the lines were written (for the record: {@code jsonl}, {@code csv})
     * @throws NotFoundException if the tenant does not exist
     */
    ContactImport importContacts(TenantId tenantId, String format, Iterator<ContactLine> lines);
}
