package switchboard.adapter.out.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

import static switchboard.domain.Invariants.require;

/**
 * AES-256-GCM with the gateway's key, from the JDK: authenticated encryption, so sealed bytes
 * that were changed or sealed with another key fail to open instead of opening wrong. Each seal
 * has a random 96-bit nonce. Layout: a format version byte, the nonce, then ciphertext and tag.
 */
public final class AesGcmSecretSealer implements SecretSealer {

    public static final int KEY_BYTES = 32;

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] FINGERPRINT_LABEL = "switchboard sealing key fingerprint".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretSealer(byte[] key) {
        require(key != null && key.length == KEY_BYTES, "the encryption key must be %d bytes", KEY_BYTES);
        this.key = new SecretKeySpec(key, "AES");
    }

    @Override
    public SealedCredentials seal(ProviderAccount account) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = account.asText().getBytes(StandardCharsets.UTF_8);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plain);
        return new SealedCredentials(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                .put(VERSION).put(nonce).put(sealed).array());
    }

    @Override
    public ProviderAccount unseal(SealedCredentials sealedCredentials) {
        ByteBuffer sealed = ByteBuffer.wrap(sealedCredentials.sealed());
        if (sealed.remaining() <= 1 + NONCE_BYTES || sealed.get() != VERSION) {
            throw new IllegalStateException("these credentials were not sealed by this gateway");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        sealed.get(nonce);
        byte[] ciphertext = new byte[sealed.remaining()];
        sealed.get(ciphertext);
        return ProviderAccount.fromText(new String(run(Cipher.DECRYPT_MODE, nonce, ciphertext), StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 of a fixed label under the key, in hex: the same key gives the same fingerprint, and it does not reveal the key. */
    @Override
    public String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(FINGERPRINT_LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed credentials could not be opened: changed, or sealed with another key", e);
        }
    }
}
