import switchboard.domain.delivery.DeliveryStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The finished history the outbox benchmark puts into the gateway's own migrated tables before it
 * measures again: messages and their deliveries, all finished (sent, delivered, failed, dead,
 * captured), spread over the tenants given and over the last 28 days (within the default
 * retention, so that the gateway keeps them while it is measured). Half the deliveries are single
 * sends, one message each; the other half belong to bulk messages of 1,000; seven messages in ten
 * are emails, the others SMS.
 *
 * <p>Rows are written with set-based SQL ({@code INSERT ... SELECT} over PostgreSQL's
 * {@code generate_series} or H2's {@code SYSTEM_RANGE}), in chunks, so that millions take a minute
 * or two. This class is the only place that knows the gateway's schema: before writing, it
 * compares the columns of {@code message} and {@code delivery} with the ones it fills and stops
 * on any difference, naming it, so that a changed schema is never measured without its history.
 * The columns are those of the migrations in
 * {@code adapters-outbound-persistence/src/main/resources/db/migration}.
 */
final class History {

    /** The statuses the history holds, per hundred deliveries: each must be final for the gateway. */
    private static final String STATUS = """
            CASE WHEN MOD(n, 100) < 60 THEN 'SENT' WHEN MOD(n, 100) < 85 THEN 'DELIVERED' \
            WHEN MOD(n, 100) < 92 THEN 'FAILED' WHEN MOD(n, 100) < 95 THEN 'DEAD' ELSE 'CAPTURED' END""";
    private static final List<String> STATUSES = List.of("SENT", "DELIVERED", "FAILED", "DEAD", "CAPTURED");
    private static final Set<String> MESSAGE_COLUMNS = Set.of("id", "tenant_id", "origin", "subject", "body_text", "body_html",
            "email_from", "email_from_name", "visible_to", "visible_cc", "headers", "created_at", "campaign_id", "test_mode",
            "sender");
    private static final Set<String> DELIVERY_COLUMNS = Set.of("id", "message_id", "tenant_id", "channel", "address", "status",
            "attempts", "not_before", "lease_owner", "lease_until", "last_error", "provider_ref", "updated_at",
            "has_own_content", "subject", "body_text", "body_html", "trace_context");
    private static final int BULK_SIZE = 1_000;
    private static final int SPAN_SECONDS = 28 * 24 * 3600;
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]+");

    /** The SQL that differs between the two databases. */
    enum Dialect {
        POSTGRES {
            @Override
            String numbers(long first, long last) {
                return "SELECT g AS n FROM generate_series(CAST(" + first + " AS BIGINT), CAST(" + last + " AS BIGINT)) AS g";
            }

            @Override
            String json(String literal) {
                return "CAST('" + literal + "' AS JSONB)";
            }

            @Override
            String secondsAgo(String seconds) {
                return "CURRENT_TIMESTAMP - CAST(" + seconds + " AS INTEGER) * INTERVAL '1 second'";
            }

            @Override
            int chunk() {
                return 200_000;
            }

            @Override
            List<String> afterFill() {
                // Tables that grew over weeks would have been vacuumed and analysed by now.
                return List.of("VACUUM ANALYZE message", "VACUUM ANALYZE delivery");
            }

            @Override
            List<String> close() {
                return List.of();
            }
        },
        H2 {
            @Override
            String numbers(long first, long last) {
                return "SELECT X AS n FROM SYSTEM_RANGE(" + first + ", " + last + ")";
            }

            @Override
            String json(String literal) {
                return "JSON '" + literal + "'";
            }

            @Override
            String secondsAgo(String seconds) {
                return "DATEADD(SECOND, -(" + seconds + "), CURRENT_TIMESTAMP)";
            }

            @Override
            int chunk() {
                // Smaller transactions: H2 keeps a transaction's changes until it commits, and slows with them.
                return 20_000;
            }

            @Override
            List<String> afterFill() {
                return List.of("ANALYZE");
            }

            @Override
            List<String> close() {
                // Writing a million rows at once leaves the file ten times its size, in chunks H2 would compact
                // over time as it ran; compacted now, the gateway meets the file a long-running one would have.
                return List.of("SHUTDOWN COMPACT");
            }
        };

        /** A derived table of one column, n, from first to last. */
        abstract String numbers(long first, long last);

        abstract String json(String literal);

        abstract String secondsAgo(String seconds);

        /** Numbers written per statement, each its own transaction. */
        abstract int chunk();

        abstract List<String> afterFill();

        /** What closes the database once the history is written and counted. */
        abstract List<String> close();
    }

    private final Dialect dialect;
    private final List<String> tenants;

    History(Dialect dialect, List<String> tenants) {
        if (tenants.isEmpty() || !tenants.stream().allMatch(tenant -> TENANT_ID.matcher(tenant).matches())) {
            throw new IllegalArgumentException("tenant ids to spread the history over, not " + tenants);
        }
        this.dialect = dialect;
        this.tenants = tenants;
    }

    /** Fails, naming the difference, unless the gateway's tables have exactly the columns this history fills. */
    void checkSchema(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        problems.addAll(differences(connection, "message", MESSAGE_COLUMNS));
        problems.addAll(differences(connection, "delivery", DELIVERY_COLUMNS));
        for (String status : STATUSES) {
            if (!DeliveryStatus.valueOf(status).isFinal()) {
                problems.add(status + " is no longer a finished status");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the gateway's schema is not the one bench/src/History.java fills: "
                    + String.join("; ", problems) + ". Update History.java to the migrations in "
                    + "adapters-outbound-persistence/src/main/resources/db/migration.");
        }
    }

    /** Writes {@code deliveries} finished deliveries and their messages; answers the number of messages. */
    long fill(Connection connection, long deliveries) throws SQLException {
        checkSchema(connection);
        long singles = deliveries / 2;
        long messages = singles + (deliveries - singles + BULK_SIZE - 1) / BULK_SIZE;
        try (Statement statement = connection.createStatement()) {
            int chunk = dialect.chunk();
            for (long first = 1; first <= messages; first += chunk) {
                statement.executeUpdate(insertMessages(first, Math.min(messages, first + chunk - 1)));
            }
            for (long first = 1; first <= deliveries; first += chunk) {
                statement.executeUpdate(insertDeliveries(first, Math.min(deliveries, first + chunk - 1), singles));
            }
            for (String maintenance : dialect.afterFill()) {
                statement.execute(maintenance);
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM delivery WHERE id >= "
                    + uuid("b1", "0") + " AND id <= " + uuid("b1", String.valueOf(deliveries)))) {
                count.next();
                if (count.getLong(1) != deliveries) {
                    throw new IllegalStateException("wrote " + deliveries + " deliveries, found " + count.getLong(1));
                }
            }
            for (String closing : dialect.close()) {
                statement.execute(closing);
            }
        }
        return messages;
    }

    private String insertMessages(long first, long last) {
        String email = "MOD(n, 10) < 7";
        return "INSERT INTO message (id, tenant_id, origin, subject, body_text, body_html, email_from, email_from_name, "
                + "visible_to, visible_cc, headers, created_at, campaign_id, test_mode, sender) SELECT "
                + uuid("b0", "n") + ", " + tenant("n") + ", "
                + "CASE MOD(n, 4) WHEN 0 THEN 'fliplet' WHEN 1 THEN 'dripcel' WHEN 2 THEN 'capillary' ELSE 'admin' END, "
                + "CASE WHEN " + email + " THEN 'Your statement is ready' END, 'Your statement for this month is ready.', "
                + "CASE WHEN " + email + " THEN '<p>Your statement for this month is ready.</p>' END, "
                + "CASE WHEN " + email + " THEN 'news@acme.example' END, CASE WHEN " + email + " THEN 'Acme' END, "
                + dialect.json("[]") + ", " + dialect.json("[]") + ", " + dialect.json("[]") + ", "
                + dialect.secondsAgo(createdSecondsAgo("n")) + ", "
                + "CASE WHEN MOD(n, 5) = 0 THEN 'campaign-' || CAST(MOD(n, 97) AS VARCHAR) END, FALSE, NULL "
                + "FROM (" + dialect.numbers(first, last) + ") numbers";
    }

    private String insertDeliveries(long first, long last, long singles) {
        String email = "MOD(m, 10) < 7";
        String number = "CAST(n AS VARCHAR)";
        String status = "(" + STATUS + ")";
        return "INSERT INTO delivery (id, message_id, tenant_id, channel, address, status, attempts, not_before, lease_owner, "
                + "lease_until, last_error, provider_ref, updated_at, has_own_content, subject, body_text, body_html, trace_context) SELECT "
                + uuid("b1", "n") + ", " + uuid("b0", "m") + ", " + tenant("m") + ", "
                + "CASE WHEN " + email + " THEN 'EMAIL' ELSE 'SMS' END, "
                + "CASE WHEN " + email + " THEN 'user' || " + number + " || '@example.org' "
                + "ELSE '+2782' || LPAD(CAST(MOD(n, 10000000) AS VARCHAR), 7, '0') END, "
                + status + ", CASE " + status + " WHEN 'DEAD' THEN 8 WHEN 'FAILED' THEN 2 ELSE 1 END, "
                + dialect.secondsAgo(createdSecondsAgo("m")) + ", NULL, NULL, "
                + "CASE WHEN " + status + " IN ('FAILED', 'DEAD') THEN '550 5.1.1 mailbox unavailable' END, "
                + "CASE WHEN " + status + " IN ('SENT', 'DELIVERED') THEN '<' || " + number + " || '.history@bench>' END, "
                + dialect.secondsAgo(createdSecondsAgo("m") + " - MOD(n, 60)") + ", FALSE, NULL, NULL, NULL, NULL "
                + "FROM (SELECT n, CASE WHEN n <= " + singles + " THEN n ELSE " + singles + " + (n - " + singles + " - 1) / "
                + BULK_SIZE + " + 1 END AS m FROM (" + dialect.numbers(first, last) + ") numbers) deliveries";
    }

    /** Seconds before now, spread over the span and at least a minute, that the message of number {@code m} was made. */
    private static String createdSecondsAgo(String m) {
        return "(60 + MOD(" + m + " * 7919, " + SPAN_SECONDS + "))";
    }

    /** A UUID of its own for each number, recognisable in the tables by its first two digits. */
    private static String uuid(String kind, String number) {
        return "CAST('" + kind + "000000-0000-4000-8000-' || LPAD(CAST(" + number + " AS VARCHAR), 12, '0') AS UUID)";
    }

    private String tenant(String number) {
        return IntStream.range(0, tenants.size()).mapToObj(i -> "WHEN " + i + " THEN '" + tenants.get(i) + "'")
                .collect(Collectors.joining(" ", "CASE MOD(" + number + ", " + tenants.size() + ") ", " END"));
    }

    private static List<String> differences(Connection connection, String table, Set<String> filled) throws SQLException {
        Set<String> actual = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet empty = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData columns = empty.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                actual.add(columns.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(actual);
        unknown.removeAll(filled);
        Set<String> gone = new TreeSet<>(filled);
        gone.removeAll(actual);
        if (!unknown.isEmpty()) {
            problems.add(table + " has columns the history does not fill: " + unknown);
        }
        if (!gone.isEmpty()) {
            problems.add(table + " no longer has " + gone);
        }
        return problems;
    }
}
