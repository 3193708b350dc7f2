package switchboard.adapter.in.console;

import io.micronaut.security.authentication.Authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import switchboard.application.credential.AdminPrincipal;
import switchboard.domain.tenant.TenantId;

/**
 * The admin signed in to the console, as its session token says: a platform admin acts on every
 * tenant, a tenant admin on its own only. The CSRF token is drawn at sign-in and kept in the
 * session token, so a form is accepted only from a page the session itself was shown.
 */
public record Operator(String username, TenantId tenantId, boolean platformAdmin, String csrfToken) {

    public static final String ADMIN = "ADMIN";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String TENANT_CLAIM = "tenant";
    public static final String CREDENTIAL_CLAIM = "credential";
    public static final String STAMP_CLAIM = "stamp";
    public static final String CSRF_CLAIM = "csrf";

    public static Operator of(Authentication session) {
        Object csrf = session.getAttributes().get(CSRF_CLAIM);
        return new Operator(session.getName(), new TenantId(String.valueOf(session.getAttributes().get(TENANT_CLAIM))),
                session.getRoles().contains(PLATFORM_ADMIN), csrf == null ? "" : csrf.toString());
    }

    /** The claims of a new session token for the admin, with the roles the Admin API's tokens carry. */
    public static Authentication session(AdminPrincipal admin, String csrfToken) {
        List<String> roles = admin.platformAdmin() ? List.of(ADMIN, PLATFORM_ADMIN) : List.of(ADMIN);
        return Authentication.build(admin.username(), roles, Map.of(TENANT_CLAIM, admin.tenantId().value(),
                CREDENTIAL_CLAIM, admin.credentialId().value().toString(), STAMP_CLAIM, admin.sessionStamp(),
                CSRF_CLAIM, csrfToken));
    }

    /** The tenant named in a console URL, if this admin may see it. */
    public TenantId mayActOn(String tenant) {
        TenantId requested = new TenantId(tenant);
        if (!platformAdmin && !requested.equals(tenantId)) {
            throw new Refused("this account may not see tenant '" + requested + "'");
        }
        return requested;
    }

    /** Refuses what only a platform admin may do: the pages about every tenant. */
    public void mustBePlatformAdmin() {
        if (!platformAdmin) {
            throw new Refused("only a platform admin may manage tenants");
        }
    }

    /** Refuses a form that does not carry this session's CSRF token. */
    public void checkForm(Map<String, String> form) {
        String presented = form.get(ConsolePage.CSRF_FIELD);
        if (csrfToken.isEmpty() || presented == null
                || !MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("the form is stale or did not come from this console session; reload the page and try again");
        }
    }

    /** The admin may not do what it asked: another tenant's data, or a form without the session's CSRF token. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
