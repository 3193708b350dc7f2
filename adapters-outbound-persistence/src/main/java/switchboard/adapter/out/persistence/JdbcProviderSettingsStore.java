package switchboard.adapter.out.persistence;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * Provider settings with each account sealed by the gateway's key: the database never holds a
 * secret in clear. Every delivery sent reads its tenant's settings for its channel, so they are
 * cached, unsealed, for a short while ({@code switchboard.providers.settings-cache-ttl}): a change
 * made through this process is seen at once, one made through another process within that time.
 */
@Singleton
public class JdbcProviderSettingsStore implements ProviderSettingsStore {

    private static final String COLUMNS = "channel, primary_account, fallback_account, failover_after";
    private static final int MAX_CACHED = 10_000;

    private final Database database;
    private final SecretSealer sealer;
    private final Clock clock;
    private final LoadingCache<TenantChannel, Optional<ProviderSettings>> cache;

    private record TenantChannel(TenantId tenantId, Channel channel) {
    }

    public JdbcProviderSettingsStore(Database database, SecretSealer sealer, Clock clock,
                                     @Value("${switchboard.providers.settings-cache-ttl:10s}") Duration cacheTtl) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(MAX_CACHED).expireAfterWrite(cacheTtl)
                .build(key -> load(key.tenantId(), key.channel()));
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
        cache.invalidate(new TenantChannel(tenantId, settings.channel()));
    }

    @Override
    public Optional<ProviderSettings> find(TenantId tenantId, Channel channel) {
        return cache.get(new TenantChannel(tenantId, channel));
    }

    private Optional<ProviderSettings> load(TenantId tenantId, Channel channel) {
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
        boolean deleted = database.write(connection -> Database.update(connection,
                "DELETE FROM provider_settings WHERE tenant_id = ? AND channel = ?", tenantId.value(), channel.name()) > 0);
        cache.invalidate(new TenantChannel(tenantId, channel));
        return deleted;
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
