package switchboard.adapter.out.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import switchboard.application.credential.port.CredentialStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcCredentialStore implements CredentialStore {

    private static final String COLUMNS =
            "id, tenant_id, type, lookup_key, secret_hash, permissions, access, platform_admin, created_at";

    private final Database database;
    private final JsonColumns json;
    private final LookupCache<LookupKey, Credential> byLookupKey;

    public JdbcCredentialStore(Database database, JsonColumns json,
                               @Value("${switchboard.lookup-cache-ttl:5s}") Duration cacheTtl) {
        this.database = database;
        this.json = json;
        this.byLookupKey = new LookupCache<>(cacheTtl);
    }

    @Override
    public boolean add(Credential credential) {
        String jsonParameter = database.dialect().jsonParameter();
        Map<String, String> access = new LinkedHashMap<>();
        credential.access().forEach((group, level) -> access.put(group, level.name()));
        return database.insertUnlessDuplicate("INSERT INTO credential (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, "
                        + jsonParameter + ", " + jsonParameter + ", ?, ?)",
                credential.id().value(), credential.tenantId().value(), credential.type().name(), credential.lookupKey(),
                credential.secretHash(), json.write(credential.permissions().stream().sorted().toList()),
                json.write(access), credential.platformAdmin(), credential.createdAt());
    }

    @Override
    public List<Credential> list(TenantId tenantId) {
        return database.read(connection -> Database.query(connection,
                "SELECT " + COLUMNS + " FROM credential WHERE tenant_id = ? ORDER BY created_at, id", this::credential,
                tenantId.value()));
    }

    @Override
    public Optional<Credential> findByLookupKey(CredentialType type, String lookupKey) {
        return byLookupKey.find(new LookupKey(type, lookupKey), key -> database.read(connection -> Database.queryOne(connection,
                "SELECT " + COLUMNS + " FROM credential WHERE type = ? AND lookup_key = ?", this::credential,
                type.name(), lookupKey)));
    }

    @Override
    public boolean replaceSecretHash(TenantId tenantId, CredentialId id, String secretHash) {
        boolean replaced = database.write(connection -> Database.update(connection,
                "UPDATE credential SET secret_hash = ? WHERE tenant_id = ? AND id = ?", secretHash, tenantId.value(), id.value()) > 0);
        byLookupKey.forgetWhere(credential -> credential.id().equals(id));
        return replaced;
    }

    @Override
    public boolean remove(TenantId tenantId, CredentialId id) {
        boolean removed = database.write(connection -> Database.update(connection,
                "DELETE FROM credential WHERE tenant_id = ? AND id = ?", tenantId.value(), id.value()) > 0);
        byLookupKey.forgetWhere(credential -> credential.id().equals(id));
        return removed;
    }

    private record LookupKey(CredentialType type, String lookupKey) {
    }

    private Credential credential(ResultSet row) throws SQLException {
        Set<String> permissions = json.readArray(row.getString("permissions")).stream().map(String::valueOf)
                .collect(Collectors.toSet());
        Map<String, AccessLevel> access = json.readObject(row.getString("access")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> AccessLevel.valueOf(String.valueOf(entry.getValue()))));
        return new Credential(new CredentialId(Database.uuid(row, "id")), new TenantId(row.getString("tenant_id")),
                CredentialType.valueOf(row.getString("type")), row.getString("lookup_key"), row.getString("secret_hash"),
                permissions, access, row.getBoolean("platform_admin"), Database.instant(row, "created_at"));
    }
}
