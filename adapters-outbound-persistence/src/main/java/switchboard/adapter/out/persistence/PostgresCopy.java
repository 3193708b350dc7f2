package switchboard.adapter.out.persistence;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** PostgreSQL's bulk insert: rows written in COPY's text format and sent in one statement. */
final class PostgresCopy {

    private PostgresCopy() {
    }

    /** The rows through {@code COPY ... FROM STDIN} in its text format: one line a row, tab between values. */
    static void copy(Connection connection, String table, String columns, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyValue(text, row[i]);
            }
            text.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot read the rows to copy into " + table, e);
        }
    }

    private static void appendCopyValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof byte[] bytes) {
            // bytea's hex form, its backslash escaped for the text format
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Instant instant) {
            text.append(instant);
        } else {
            escape(text, value.toString());
        }
    }

    /** The text format's escapes: a backslash, and the characters that separate values and rows. */
    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
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
}
