package switchboard.application.provider.port;

/**
 * Where the gateway processes sharing a database leave the fingerprint of their sealing key, so
 * that a process started with another key is noticed before it seals or opens anything.
 */
public interface KeyFingerprints {

    /** Records this fingerprint unless one is recorded already; returns the one recorded. */
    String recordOrRead(String fingerprint);
}
