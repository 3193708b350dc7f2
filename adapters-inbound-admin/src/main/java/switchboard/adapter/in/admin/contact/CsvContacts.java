package switchboard.adapter.in.admin.contact;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.application.contact.ContactLine;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;

/**
 * Contacts read from CSV with a header row: the {@code id} column is the contact's id, every
 * other column a field of its data, as text; an empty cell leaves its field out. Records are
 * read one at a time and numbered as lines with the header as line 1 (a record whose quoted
 * value spans lines keeps one number).
 */
final class CsvContacts implements Iterator<ContactLine> {

    static final String ID = "id";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();

    private final List<String> header;
    private final Iterator<CSVRecord> records;

    CsvContacts(Reader body) {
        CSVParser parser;
        try {
            parser = FORMAT.parse(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException badHeader) {
            throw new InvalidValueException("the CSV header cannot be read: " + badHeader.getMessage());
        }
        this.header = parser.getHeaderNames();
        if (!header.contains(ID)) {
            throw new InvalidValueException("the CSV header names no 'id' column; it has " + String.join(", ", header));
        }
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public ContactLine next() {
        CSVRecord record = records.next();
        long number = record.getRecordNumber() + 1;
        if (record.size() != header.size()) {
            return new ContactLine.Unreadable(number, "the record has " + record.size() + " values; the header has "
                    + header.size());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).equals(ID) && !record.get(i).isEmpty()) {
                data.put(header.get(i), record.get(i));
            }
        }
        try {
            return new ContactLine.Read(number, new Contact(new ContactId(record.get(ID)), ContactData.of(data)));
        } catch (InvalidValueException invalid) {
            return new ContactLine.Unreadable(number, invalid.getMessage());
        }
    }
}
