package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/** Suppressed addresses, found by the digest of channel and address. */
@Singleton
public class JdbcSuppressionList implements SuppressionList {

    private static final int IN_LIST_CHUNK = 1000;

    private final Database database;

    public JdbcSuppressionList(Database database) {
        this.database = database;
    }

    @Override
    public void suppress(TenantId tenantId, Suppression suppression) {
        Recipient recipient = suppression.recipient();
        database.insertUnlessDuplicate("INSERT INTO suppressed_address (tenant_id, digest, channel, address, reason, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?)", tenantId.value(), digest(recipient),
                recipient.channel().name(), recipient.address().value(), suppression.reason(), suppression.since());
    }

    @Override
    public Set<Recipient> suppressedAmong(TenantId tenantId, Collection<Recipient> recipients) {
        return recipients.isEmpty() ? Set.of() : database.read(connection -> suppressedAmong(connection, tenantId, recipients));
    }

    /**
     * Those of the recipients that are suppressed, read on the connection given: the sends look
     * them up in the transaction that stores them.
     */
    static Set<Recipient> suppressedAmong(Connection connection, TenantId tenantId, Collection<Recipient> recipients)
            throws SQLException {
        // Most tenants suppress nobody: one probe of the index spares a bulk send its digests and lookups.
        if (Database.queryOne(connection, "SELECT 1 FROM suppressed_address WHERE tenant_id = ? LIMIT 1", row -> true,
                tenantId.value()).isEmpty()) {
            return Set.of();
        }
        Map<String, Recipient> byDigest = new HashMap<>();
        recipients.forEach(recipient -> byDigest.put(digest(recipient), recipient));
        List<String> digests = new ArrayList<>(byDigest.keySet());
        Set<Recipient> suppressed = new HashSet<>();
        for (int start = 0; start < digests.size(); start += IN_LIST_CHUNK) {
            List<String> chunk = digests.subList(start, Math.min(digests.size(), start + IN_LIST_CHUNK));
            List<Object> parameters = new ArrayList<>(List.of(tenantId.value()));
            parameters.addAll(chunk);
            Database.query(connection, "SELECT digest FROM suppressed_address WHERE tenant_id = ? AND digest IN ("
                    + Database.placeholders(chunk.size()) + ")", row -> suppressed.add(byDigest.get(row.getString("digest"))),
                    parameters.toArray());
        }
        return suppressed;
    }

    @Override
    public List<Suppression> list(TenantId tenantId, PageRequest page) {
        return database.read(connection -> Database.query(connection, "SELECT channel, address, reason, created_at "
                        + "FROM suppressed_address WHERE tenant_id = ? ORDER BY created_at DESC, digest LIMIT ? OFFSET ?",
                JdbcSuppressionList::suppression, tenantId.value(), page.limit(), page.offset()));
    }

    @Override
    public boolean remove(TenantId tenantId, Recipient recipient) {
        return database.write(connection -> Database.update(connection,
                "DELETE FROM suppressed_address WHERE tenant_id = ? AND digest = ?", tenantId.value(), digest(recipient)) > 0);
    }

    private static Suppression suppression(ResultSet row) throws SQLException {
        return new Suppression(Recipient.of(Channel.valueOf(row.getString("channel")), row.getString("address")),
                row.getString("reason"), Database.instant(row, "created_at"));
    }

    private static String digest(Recipient recipient) {
        return SecretTokens.digest(recipient.channel().name() + ':' + recipient.address().value());
    }
}
