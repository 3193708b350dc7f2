package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import switchboard.application.port.out.ProviderSettingsStore;
import switchboard.application.port.out.SecretSealer;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** Provider settings with each account sealed by the gateway's key: the database never holds a secret in clear. */
@Singleton
public class JdbcProviderSettingsStore implements ProviderSettingsStore {

    private static final String COLUMNS = "channel, primary_account, fallback_account, failover_after";

    private final Database database;
    private final SecretSealer sealer;
    private final Clock clock;

    public JdbcProviderSettingsStore(Database database, SecretSealer sealer, Clock clock) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
    }

    @Override
    public void save(TenantId tenantId, ProviderSettings settings) {
        byte[] primary = sealer.seal(settings.primary()).sealed();
        byte[] fallback = settings.fallback().map(account -> sealer.seal(account).sealed()).orElse(null);
        database.upsert("UPDATE provider_settings SET primary_account = ?, fallback_account = ?, failover_after = ?, "
                        + "updated_at = ? WHERE tenant_id = ? AND channel = ?",
                "INSERT INTO provider_settings (primary_account, fallback_account, failover_after, updated_at, tenant_id, "
                        + "channel) VALUES (?, ?, ?, ?, ?, ?)",
                primary, fallback, settings.failoverAfter(), clock.instant(), tenantId.value(), settings.channel().name());
    }

    @Override
    public Optional<ProviderSettings> find(TenantId tenantId, Channel channel) {
        return database.read(connection -> Database.queryOne(connection, "SELECT " + COLUMNS
                + " FROM provider_settings WHERE tenant_id = ? AND channel = ?", this::settings, tenantId.value(),
                channel.name()));
    }

    @Override
    public List<ProviderSettings> list(TenantId tenantId) {
        return database.read(connection -> Database.query(connection, "SELECT " + COLUMNS
                + " FROM provider_settings WHERE tenant_id = ?", this::settings, tenantId.value())).stream()
                .sorted(Comparator.comparing(ProviderSettings::channel)).toList();
    }

    @Override
    public boolean delete(TenantId tenantId, Channel channel) {
        return database.write(connection -> Database.update(connection,
                "DELETE FROM provider_settings WHERE tenant_id = ? AND channel = ?", tenantId.value(), channel.name()) > 0);
    }

    private ProviderSettings settings(ResultSet row) throws SQLException {
        byte[] fallback = row.getBytes("fallback_account");
        return new ProviderSettings(Channel.valueOf(row.getString("channel")), unseal(row.getBytes("primary_account")),
                Optional.ofNullable(fallback).map(this::unseal), row.getInt("failover_after"));
    }

    private ProviderAccount unseal(byte[] sealed) {
        return sealer.unseal(new SealedCredentials(sealed));
    }
}
