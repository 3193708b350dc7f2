package switchboard.adapter.in.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Admin API's failures as RFC 9457 ProblemDetails, and which tenant an admin may act on. */
class AdminApiControllerTest {

    private static final HttpRequest<?> REQUEST = HttpRequest.GET("/api/v1/tenants/acme/templates/welcome");

    private final AdminApiController controller = new AdminApiController() {
    };

    @Test
    void eachFailureIsAProblemWithItsStatusReasonAndThePathItHappenedOn() {
        assertProblem(controller.invalidValue(REQUEST, new InvalidValueException("'x' is not an email address")),
                400, "Bad Request", "'x' is not an email address");
        assertProblem(controller.notFound(REQUEST, new NotFoundException("template", "welcome")),
                404, "Not Found", new NotFoundException("template", "welcome").getMessage());
        assertProblem(controller.conflict(REQUEST, new ConflictException("the tenant 'acme' exists")),
                409, "Conflict", "the tenant 'acme' exists");
        assertProblem(controller.malformedJson(REQUEST), 400, "Bad Request", "The body is not valid JSON.");
        assertProblem(controller.tooLarge(REQUEST), 413, "Request Entity Too Large", "The body is larger than the gateway accepts.");
    }

    @Test
    void anUnexpectedFailureNamesNoException() {
        assertProblem(controller.unexpected(REQUEST, new IllegalStateException("pool exhausted")), 500, "Internal Server Error",
                "The gateway failed to handle the request; the error is in its log.");
    }

    @Test
    void anAdminActsOnItsOwnTenantOnlyAndAPlatformAdminOnAny() {
        Authentication acmeAdmin = Authentication.build("ann", List.of(Roles.ADMIN), Map.of(Roles.TENANT_CLAIM, "acme"));
        Authentication platform = Authentication.build("root", List.of(Roles.ADMIN, Roles.PLATFORM_ADMIN),
                Map.of(Roles.TENANT_CLAIM, "default"));

        assertThat(TenantAccess.check(acmeAdmin, "acme")).isEqualTo(new TenantId("acme"));
        assertThat(TenantAccess.check(platform, "acme")).isEqualTo(new TenantId("acme"));
        assertThatThrownBy(() -> TenantAccess.check(acmeAdmin, "globex")).isInstanceOf(TenantAccess.Denied.class)
                .hasMessage("this account may not act on tenant '" + new TenantId("globex") + "'");
        assertProblem(controller.forbidden(REQUEST, new TenantAccess.Denied(new TenantId("globex"))), 403, "Forbidden",
                "this account may not act on tenant '" + new TenantId("globex") + "'");
    }

    @Test
    void channelsAreNamedInAnyCaseAndAnIdThatIsNoIdIsNotFound() {
        assertThat(Names.channel(" inApp ")).isEqualTo(Channel.IN_APP);
        assertThat(Names.channel("in_app")).isEqualTo(Channel.IN_APP);
        assertThatThrownBy(() -> Names.channel("fax")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("'fax' is not a channel; use one of [");
        assertThatThrownBy(() -> PathIds.message("not-a-uuid")).isInstanceOf(NotFoundException.class);
    }

    private static void assertProblem(HttpResponse<ProblemDetails> answer, int status, String title, String detail) {
        assertThat(answer.code()).isEqualTo(status);
        assertThat(answer.getContentType()).contains(ProblemDetails.MEDIA_TYPE);
        assertThat(answer.getBody()).contains(new ProblemDetails("about:blank", title, status, detail,
                "/api/v1/tenants/acme/templates/welcome", null));
    }
}
