package switchboard.adapter.in.admin;

/** The roles and claims in the Admin API's tokens. */
public final class Roles {

    /** Any admin: may use the Admin API for its own tenant. */
    public static final String ADMIN = "ADMIN";
    /** The platform admin: may act on every tenant, and create tenants. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** The claim naming the admin's own tenant. */
    public static final String TENANT_CLAIM = "tenant";
    /** The claims naming the credential the token was issued to, and its password's stamp: see {@code AdminSession}. */
    public static final String CREDENTIAL_CLAIM = "credential";
    public static final String STAMP_CLAIM = "stamp";

    private Roles() {
    }
}
