package switchboard.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.credential.port.AccessTokenClaims;
import switchboard.application.credential.port.AccessTokenSigner;
import switchboard.domain.credential.CredentialId;

/**
 * Capillary access tokens as JWTs signed with the gateway's token key (the one admin tokens
 * use, so every process sharing {@code SWITCHBOARD_JWT_SECRET} accepts them). They carry their
 * own audience ({@link #AUDIENCE}): bootstrap's security wiring keeps them off the Admin API,
 * and {@link #verify} accepts nothing else, so neither kind of token passes for the other.
 */
@Singleton
public class JwtAccessTokenSigner implements AccessTokenSigner {

    /** The audience of these tokens, and of no admin token. */
    public static final String AUDIENCE = "switchboard:capillary";
    private static final String ISSUER = "switchboard";
    private static final String CREDENTIAL_CLAIM = "cid";

    private final SignatureGeneratorConfiguration signature;

    public JwtAccessTokenSigner(@Named("generator") SignatureGeneratorConfiguration signature) {
        this.signature = signature;
    }

    @Override
    public String sign(AccessTokenClaims claims) {
        JWTClaimsSet jwt = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(claims.subject())
                .claim(CREDENTIAL_CLAIM, claims.credentialId().toString())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            return signature.sign(jwt).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
    }

    @Override
    public Optional<AccessTokenClaims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!signature.supports(jwt.getHeader().getAlgorithm()) || !signature.verify(jwt)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String credentialId = claims.getStringClaim(CREDENTIAL_CLAIM);
            if (!List.of(AUDIENCE).equals(claims.getAudience()) || credentialId == null || claims.getSubject() == null
                    || claims.getIssueTime() == null || claims.getExpirationTime() == null) {
                return Optional.empty();
            }
            return Optional.of(new AccessTokenClaims(CredentialId.parse(credentialId), claims.getSubject(),
                    claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            // Not a JWT, not signed by this gateway, or not one of its access tokens.
            return Optional.empty();
        }
    }
}
