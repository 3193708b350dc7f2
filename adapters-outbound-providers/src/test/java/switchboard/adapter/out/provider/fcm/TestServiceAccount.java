package switchboard.adapter.out.provider.fcm;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Google service account made up for a test: a fresh RSA key pair and the key file Google
 * would issue for it, with {@code token_uri} pointing at a local stub.
 */
public record TestServiceAccount(String projectId, String clientEmail, String keyId, URI tokenUri, KeyPair keys) {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    public static TestServiceAccount generate(String projectId, URI tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestServiceAccount(projectId, "sender@" + projectId + ".iam.gserviceaccount.com",
                    "key-" + projectId, tokenUri, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key file's JSON, on one line as a provider account's secret must be. */
    public String keyJson() {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("type", "service_account");
        key.put("project_id", projectId);
        key.put("private_key_id", keyId);
        key.put("private_key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        key.put("client_email", clientEmail);
        key.put("client_id", "1234567890");
        key.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.put("token_uri", tokenUri.toString());
        try {
            return JSON.writeValueAsString(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JWT's header and claims, once its RS256 signature is checked with this account's public key. */
    public Jwt verify(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a signed JWT: " + parts.length + " parts");
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(keys.getPublic());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new AssertionError("the JWT's signature does not verify with the service account's public key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new Jwt(decode(parts[0]), decode(parts[1]));
    }

    private static Map<String, Object> decode(String part) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(part), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Jwt(Map<String, Object> header, Map<String, Object> claims) {
    }
}
