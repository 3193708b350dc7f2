package switchboard.adapter.out.provider.zalo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.application.provider.port.ProviderTokenStore;

/**
 * The access tokens of every Zalo account this sender has used, and their rotation.
 * <p>
 * A refresh token works once: refreshing gives a new access token AND a new refresh token,
 * which is stored at once ({@link ProviderTokenStore}, under {@link ZaloAccount#storeKey}) so
 * that it survives a restart and other gateway processes use it. The stored refresh token wins
 * over the configured one. Refreshes of one account are serialized: two at once would spend the
 * same refresh token, and the loser would be refused. A thread that waited for another's refresh
 * uses its result instead of refreshing again. Processes are not serialized: one whose refresh is
 * refused because another spent the same refresh token first (both read it before either stored
 * what it got) uses the tokens the other stored.
 * <p>
 * An access token is used until Zalo refuses it (error -124) or, when its lifetime is known, until
 * five minutes before it ends. Tokens are never logged.
 */
final class ZaloTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloTokens.class);
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    private final ProviderTokenStore store;
    private final ZaloOAuth oauth;
    private final Clock clock;
    private final Map<String, AccountTokens> accounts = new ConcurrentHashMap<>();

    ZaloTokens(ProviderTokenStore store, ZaloOAuth oauth, Clock clock) {
        this.store = store;
        this.oauth = oauth;
        this.clock = clock;
    }

    /** An access token to send with: the one in use, the stored one, the configured one, or a new one. */
    String current(ZaloAccount account) throws ProviderFailure {
        return tokensOf(account).current(account);
    }

    /** A replacement for an access token Zalo refused: a newer one if another thread or process got one, else a new one. */
    String replace(ZaloAccount account, String refused) throws ProviderFailure {
        return tokensOf(account).replace(account, refused);
    }

    private AccountTokens tokensOf(ZaloAccount account) {
        return accounts.computeIfAbsent(account.storeKey(), AccountTokens::new);
    }

    private record AccessToken(String value, Optional<Instant> expiresAt) {

        boolean usableAt(Instant now) {
            return expiresAt.map(end -> now.isBefore(end.minus(EXPIRY_MARGIN))).orElse(true);
        }

        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + ", value hidden]";
        }
    }

    /** One account's tokens; its lock is held while refreshing. */
    private final class AccountTokens {

        private final String accessKey;
        private final String refreshKey;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile AccessToken access;
        /** A refresh token Zalo issued that the store failed to keep: the only valid one, until stored. */
        private String unstoredRefreshToken;

        AccountTokens(String storeKey) {
            this.accessKey = storeKey + ":access-token";
            this.refreshKey = storeKey + ":refresh-token";
        }

        String current(ZaloAccount account) throws ProviderFailure {
            AccessToken known = access;
            if (known != null && known.usableAt(clock.instant())) {
                return known.value();
            }
            lock.lock();
            try {
                known = access;
                if (known != null && known.usableAt(clock.instant())) {
                    return known.value();
                }
                if (known == null) {
                    Optional<String> kept = store.find(accessKey).or(account::accessToken);
                    if (kept.isPresent()) {
                        access = new AccessToken(kept.get(), Optional.empty());
                        return kept.get();
                    }
                }
                return refresh(account);
            } finally {
                lock.unlock();
            }
        }

        String replace(ZaloAccount account, String refused) throws ProviderFailure {
            lock.lock();
            try {
                AccessToken known = access;
                if (known != null && !known.value().equals(refused) && known.usableAt(clock.instant())) {
                    return known.value();
                }
                Optional<String> stored = store.find(accessKey).filter(token -> !token.equals(refused));
                if (stored.isPresent()) {
                    access = new AccessToken(stored.get(), Optional.empty());
                    return stored.get();
                }
                return refresh(account);
            } finally {
                lock.unlock();
            }
        }

        /** Called with the lock held. */
        private String refresh(ZaloAccount account) throws ProviderFailure {
            String refreshToken = unstoredRefreshToken != null ? unstoredRefreshToken
                    : store.find(refreshKey).orElse(account.refreshToken());
            ZaloGrant grant;
            try {
                grant = oauth.refresh(account, refreshToken);
            } catch (ProviderFailure refused) {
                Optional<String> storedByAnother = store.find(refreshKey).filter(stored -> !stored.equals(refreshToken))
                        .flatMap(rotated -> store.find(accessKey));
                if (storedByAnother.isEmpty()) {
                    throw refused;
                }
                access = new AccessToken(storedByAnother.get(), Optional.empty());
                return storedByAnother.get();
            }
            access = new AccessToken(grant.accessToken(), grant.expiresInSeconds().map(clock.instant()::plusSeconds));
            unstoredRefreshToken = grant.refreshToken();
            try {
                store.save(refreshKey, grant.refreshToken());
                unstoredRefreshToken = null;
                store.save(accessKey, grant.accessToken());
            } catch (RuntimeException e) {
                LOG.error("Zalo app {}: the new tokens could not be stored ({}); this process keeps them in memory only",
                        account.appId(), e.getClass().getSimpleName());
            }
            LOG.info("Zalo app {}: access token refreshed", account.appId());
            return grant.accessToken();
        }
    }
}
