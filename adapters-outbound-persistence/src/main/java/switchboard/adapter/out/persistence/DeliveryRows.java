package switchboard.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/** Reading and writing the {@code delivery} table, for the outbox and the single-delivery store. */
final class DeliveryRows {

    static final String COLUMNS = "id, message_id, tenant_id, channel, address, status, attempts, "
            + "not_before, last_error, provider_ref, updated_at, has_own_content, subject, body_text, body_html";

    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int MAX_PROVIDER_REF_LENGTH = 255;
    /** Keeps IN lists within what every driver accepts. */
    static final int IN_LIST_CHUNK = 1000;
    /** Deliveries per statement of {@link #updateAllLeased}: eight parameters each. */
    private static final int LEASED_UPDATE_CHUNK = 500;

    private DeliveryRows() {
    }

    static Delivery delivery(ResultSet row) throws SQLException {
        return Delivery.restore(new DeliveryId(Database.uuid(row, "id")), new MessageId(Database.uuid(row, "message_id")),
                new TenantId(row.getString("tenant_id")),
                Recipient.of(Channel.valueOf(row.getString("channel")), row.getString("address")),
                row.getBoolean("has_own_content")
                        ? new Content(row.getString("subject"), row.getString("body_text"), row.getString("body_html")) : null,
                null,
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                Database.instant(row, "not_before"), row.getString("last_error"), row.getString("provider_ref"),
                Database.instant(row, "updated_at"));
    }

    /**
     * Writes the delivery's state where the row also meets {@code condition}, releasing any lease,
     * and erases any credentials once its state no longer keeps them.
     *
     * @return whether the row met the condition and was written
     */
    static boolean update(Connection connection, Delivery delivery, String condition, Object... conditionParameters)
            throws SQLException {
        return updateAll(connection, List.of(delivery), condition, List.<Object[]>of(conditionParameters))[0];
    }

    /**
     * Writes each delivery's state as {@link #update} does, in one batch: the condition's
     * parameters for each delivery are at the same position in {@code conditionParameters}.
     *
     * @return for each delivery, whether its row met the condition and was written
     */
    static boolean[] updateAll(Connection connection, List<Delivery> deliveries, String condition,
                               List<Object[]> conditionParameters) throws SQLException {
        boolean[] written = new boolean[deliveries.size()];
        try (PreparedStatement statement = connection.prepareStatement("UPDATE delivery SET status = ?, attempts = ?, "
                + "not_before = ?, last_error = ?, provider_ref = ?, updated_at = ?, lease_owner = NULL, lease_until = NULL "
                + "WHERE id = ? AND " + condition)) {
            for (int i = 0; i < deliveries.size(); i++) {
                Delivery delivery = deliveries.get(i);
                List<Object> parameters = new ArrayList<>(Arrays.asList(state(delivery)));
                parameters.add(delivery.id().value());
                parameters.addAll(Arrays.asList(conditionParameters.get(i)));
                Database.bind(statement, parameters.toArray());
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                written[i] = counts[i] > 0;
            }
        }
        eraseEndedCredentials(connection, deliveries, written);
        return written;
    }

    /**
     * PostgreSQL: writes the states of deliveries being sent, each where its row is still being
     * sent under the lease of the owner at the same position, in one statement per few hundred
     * deliveries rather than one per delivery, as {@link #updateAll} does otherwise.
     * <p>
     * The lease's owner alone says that the row is still being sent: only a claim writes an owner,
     * with the status {@code SENDING}, and every other write of a delivery's state clears it. A
     * condition on the status would have the rows found by the partial index of deliveries being
     * sent, which holds an entry for every delivery sent since the table's last vacuum (96,000 in a
     * benchmark, 10 ms a statement), where the primary key finds each row at once.
     *
     * @return for each delivery, whether its row was still under that lease and was written
     */
    static boolean[] updateAllLeased(Connection connection, List<Delivery> deliveries, List<String> owners) throws SQLException {
        Set<UUID> updated = new HashSet<>();
        for (int start = 0; start < deliveries.size(); start += LEASED_UPDATE_CHUNK) {
            int end = Math.min(deliveries.size(), start + LEASED_UPDATE_CHUNK);
            List<Object> parameters = new ArrayList<>();
            for (int i = start; i < end; i++) {
                parameters.add(deliveries.get(i).id().value());
                parameters.addAll(Arrays.asList(state(deliveries.get(i))));
                parameters.add(owners.get(i));
            }
            String rows = String.join(", ", Collections.nCopies(end - start, "(CAST(? AS UUID), CAST(? AS VARCHAR), "
                    + "CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
                    + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR))"));
            updated.addAll(Database.query(connection, "UPDATE delivery d SET status = v.status, attempts = v.attempts, "
                    + "not_before = v.not_before, last_error = v.last_error, provider_ref = v.provider_ref, "
                    + "updated_at = v.updated_at, lease_owner = NULL, lease_until = NULL FROM (VALUES " + rows + ") "
                    + "AS v (id, status, attempts, not_before, last_error, provider_ref, updated_at, owner) "
                    + "WHERE d.id = v.id AND d.lease_owner = v.owner RETURNING d.id",
                    row -> Database.uuid(row, "id"), parameters.toArray()));
        }
        boolean[] written = new boolean[deliveries.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = updated.contains(deliveries.get(i).id().value());
        }
        eraseEndedCredentials(connection, deliveries, written);
        return written;
    }

    /** What a write stores of a delivery's state: status, attempts, not before, last error, provider ref, updated at. */
    private static Object[] state(Delivery delivery) {
        return new Object[]{delivery.status().name(), delivery.attempts(), delivery.notBefore(),
                delivery.lastError().map(error -> truncate(error, MAX_ERROR_LENGTH)).orElse(null),
                delivery.providerRef().map(ref -> truncate(ref, MAX_PROVIDER_REF_LENGTH)).orElse(null), delivery.updatedAt()};
    }

    /** Erases the credentials of the deliveries written into a state that no longer keeps them. */
    private static void eraseEndedCredentials(Connection connection, List<Delivery> deliveries, boolean[] written)
            throws SQLException {
        List<UUID> ended = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            if (written[i] && !deliveries.get(i).status().keepsCredentials()) {
                ended.add(deliveries.get(i).id().value());
            }
        }
        for (int start = 0; start < ended.size(); start += IN_LIST_CHUNK) {
            List<UUID> chunk = ended.subList(start, Math.min(ended.size(), start + IN_LIST_CHUNK));
            Database.update(connection, "DELETE FROM delivery_credentials WHERE delivery_id IN ("
                    + Database.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    /** The deliveries with their sealed credentials, for those that have some. */
    static List<Delivery> withCredentials(Connection connection, List<Delivery> deliveries) throws SQLException {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<UUID, SealedCredentials> sealed = new HashMap<>();
        for (int start = 0; start < deliveries.size(); start += IN_LIST_CHUNK) {
            List<Delivery> chunk = deliveries.subList(start, Math.min(deliveries.size(), start + IN_LIST_CHUNK));
            Database.query(connection, "SELECT delivery_id, sealed FROM delivery_credentials WHERE delivery_id IN ("
                            + Database.placeholders(chunk.size()) + ")",
                    row -> sealed.put(Database.uuid(row, "delivery_id"), new SealedCredentials(row.getBytes("sealed"))),
                    chunk.stream().map(delivery -> delivery.id().value()).toArray());
        }
        if (sealed.isEmpty()) {
            return deliveries;
        }
        return deliveries.stream().map(delivery -> Optional.ofNullable(sealed.get(delivery.id().value()))
                .map(credentials -> restoredWith(delivery, credentials)).orElse(delivery)).toList();
    }

    private static Delivery restoredWith(Delivery delivery, SealedCredentials credentials) {
        return Delivery.restore(delivery.id(), delivery.messageId(), delivery.tenantId(), delivery.recipient(),
                delivery.ownContent().orElse(null), credentials, delivery.status(), delivery.attempts(), delivery.notBefore(),
                delivery.lastError().orElse(null), delivery.providerRef().orElse(null), delivery.updatedAt());
    }

    /** The text cut to a column's length. */
    static String truncate(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
