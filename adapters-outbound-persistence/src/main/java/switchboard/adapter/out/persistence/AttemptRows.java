package switchboard.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

/** Reading and writing the {@code delivery_attempt} table: the deliveries' history. */
final class AttemptRows {

    static final String TABLE = "delivery_attempt";
    static final String COLUMNS = "tenant_id, message_id, delivery_id, attempt, occurred_at, kind, outcome, error, provider, "
            + "provider_ref, account";

    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int MAX_PROVIDER_LENGTH = 64;
    private static final int MAX_PROVIDER_REF_LENGTH = 255;

    private AttemptRows() {
    }

    /** The entry's row, in the order of {@link #COLUMNS}, its texts cut to their columns' lengths. */
    static Object[] row(AttemptRecord entry) {
        return new Object[]{entry.tenantId().value(), entry.messageId().value(), entry.deliveryId().value(), entry.attempt(),
                entry.at(), entry.kind().name(), entry.outcome().name(),
                entry.error().map(error -> DeliveryRows.truncate(error, MAX_ERROR_LENGTH)).orElse(null),
                entry.provider().map(provider -> DeliveryRows.truncate(provider, MAX_PROVIDER_LENGTH)).orElse(null),
                entry.providerRef().map(ref -> DeliveryRows.truncate(ref, MAX_PROVIDER_REF_LENGTH)).orElse(null),
                entry.account().map(Enum::name).orElse(null)};
    }

    static AttemptRecord entry(ResultSet row) throws SQLException {
        return new AttemptRecord(new TenantId(row.getString("tenant_id")), new MessageId(Database.uuid(row, "message_id")),
                new DeliveryId(Database.uuid(row, "delivery_id")), row.getInt("attempt"), Database.instant(row, "occurred_at"),
                AttemptRecord.Kind.valueOf(row.getString("kind")), AttemptRecord.Outcome.valueOf(row.getString("outcome")),
                Optional.ofNullable(row.getString("error")), Optional.ofNullable(row.getString("provider")),
                Optional.ofNullable(row.getString("provider_ref")),
                Optional.ofNullable(row.getString("account")).map(AttemptRecord.Account::valueOf));
    }

    /** The history of the tenant's message's deliveries, each delivery's oldest entry first. */
    static List<AttemptRecord> ofMessage(Connection connection, TenantId tenantId, MessageId messageId)
            throws SQLException {
        return Database.query(connection, "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE message_id = ? AND tenant_id = ? "
                + "ORDER BY delivery_id, occurred_at, attempt, kind", AttemptRows::entry, messageId.value(), tenantId.value());
    }
}
