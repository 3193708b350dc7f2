package switchboard.adapter.out.persistence;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** PostgreSQL's bulk insert: rows written in COPY's text format and sent in one statement. */
final class PostgresCopy {

    private PostgresCopy() {
    }

    /** The rows through {@code COPY ... FROM STDIN} in its text format: one line a row, tab between values. */
    static void copy(Connection connection, String table, String columns, List<Object[]> rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new CopyText(rows));
        } catch (IOException e) {
            throw new SQLException("cannot read the rows to copy into " + table, e);
        }
    }

    /**
     * The rows in {@code COPY}'s text format, written a row at a time as the driver reads them, so
     * that a bulk's rows are never held as text all at once.
     */
    private static final class CopyText extends Reader {

        private final Iterator<Object[]> rows;
        /** The rows of one send share their timestamps: each is formatted once. */
        private final Map<Instant, String> times = new HashMap<>();
        private final StringBuilder row = new StringBuilder(512);
        private int read;

        CopyText(List<Object[]> rows) {
            this.rows = rows.iterator();
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int copied = 0;
            while (copied < length) {
                if (read == row.length()) {
                    if (!rows.hasNext()) {
                        return copied == 0 ? -1 : copied;
                    }
                    nextRow();
                }
                int count = Math.min(length - copied, row.length() - read);
                row.getChars(read, read + count, buffer, offset + copied);
                read += count;
                copied += count;
            }
            if (copied > 1 && Character.isHighSurrogate(buffer[offset + copied - 1])) {
                // The driver encodes each read on its own: a pair of surrogates split between two reads would come out as
                // two '?'. The high one is given again, with its low one, by the next read.
                read--;
                copied--;
            }
            return copied;
        }

        private void nextRow() {
            row.setLength(0);
            read = 0;
            Object[] values = rows.next();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    row.append('\t');
                }
                appendCopyValue(row, values[i], times);
            }
            row.append('\n');
        }

        @Override
        public void close() {
        }
    }

    private static void appendCopyValue(StringBuilder text, Object value, Map<Instant, String> times) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof byte[] bytes) {
            // bytea's hex form, its backslash escaped for the text format
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Instant instant) {
            text.append(times.computeIfAbsent(instant, Instant::toString));
        } else {
            escape(text, value.toString());
        }
    }

    /** The text format's escapes: a backslash, and the characters that separate values and rows. */
    private static void escape(StringBuilder text, String value) {
        int plain = 0;
        while (plain < value.length() && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            text.append(value); // the usual case, copied whole: a range of a String is appended a character at a time
            return;
        }
        text.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
