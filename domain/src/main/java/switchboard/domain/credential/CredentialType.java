package switchboard.domain.credential;

/** The kinds of credential, one per way a client proves who it is. */
public enum CredentialType {
    /** A person administering a tenant (or, for the platform admin, every tenant); logs in with a password. */
    ADMIN,
    /** A Fliplet app token, sent as {@code Auth-token}. */
    FLIPLET_TOKEN,
    /** A Dripcel API key, sent as a bearer token, with permissions such as {@code sendLog.create}. */
    DRIPCEL_API_KEY,
    /** A Capillary user for Basic authentication, with access levels per access group. */
    CAPILLARY_BASIC,
    /** A Capillary OAuth client (key and secret) that exchanges them for short-lived tokens. */
    CAPILLARY_OAUTH;

    /** Whether the client presents a password or secret checked against a slow hash, rather than a random token. */
    public boolean hasPassword() {
        return this == ADMIN || this == CAPILLARY_BASIC || this == CAPILLARY_OAUTH;
    }
}
