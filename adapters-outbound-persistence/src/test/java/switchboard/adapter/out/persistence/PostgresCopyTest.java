package switchboard.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows copied into PostgreSQL come back exactly as given, wherever the driver cuts the text it reads. */
class PostgresCopyTest {

    /** pgjdbc reads a COPY's text this many characters at a time and encodes each read on its own. */
    private static final int DRIVER_READ = 65_536;
    private static final String TWO_SURROGATES = "😀";

    @Test
    void aCharacterMadeOfTwoSurrogatesIsStoredWholeWhereverTheDriversReadEnds() throws SQLException {
        Map<String, Object> properties = TestDatabases.postgresProperties();
        try (Connection connection = DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"), (String) properties.get("datasources.default.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE copied (ordinal INTEGER, line TEXT)");
            List<String> lines = new ArrayList<>();
            // One row a copy, "<ordinal>\t<line>\n": the emoji's first half falls before, on and after the end of the first read.
            for (int ordinal = 0; ordinal < 6; ordinal++) {
                String line = "a".repeat(DRIVER_READ - 5 + ordinal) + TWO_SURROGATES + "z";
                lines.add(line);
                PostgresCopy.copy(connection, "copied", "ordinal, line", List.<Object[]>of(new Object[]{ordinal, line}));
            }

            List<String> stored = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT line FROM copied ORDER BY ordinal")) {
                while (rows.next()) {
                    stored.add(rows.getString("line"));
                }
            }
            assertThat(stored).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(stored.get(i)).as("row %d", i).endsWith(TWO_SURROGATES + "z").isEqualTo(lines.get(i));
            }
        }
    }
}
