package switchboard.bootstrap.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Collection;

import switchboard.adapter.out.security.JwtAccessTokenSigner;

/**
 * Refuses, on the Admin API, the Capillary access tokens {@link JwtAccessTokenSigner} issues:
 * they are signed with the same key as admin tokens, and must not pass for one.
 */
@Singleton
public class AccessTokensAreNotAdminTokens<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Object audience = claims.get(Claims.AUDIENCE);
        return audience instanceof Collection<?> audiences ? !audiences.contains(JwtAccessTokenSigner.AUDIENCE)
                : !JwtAccessTokenSigner.AUDIENCE.equals(audience);
    }
}
