package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.credential.CreateCredentialCommand;
import switchboard.application.credential.CreateCredentialUseCase;
import switchboard.application.credential.IssuedCredential;
import switchboard.application.credential.ListCredentialsUseCase;
import switchboard.application.credential.RevokeCredentialUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

/**
 * The tenant's credentials: listed, created (a generated secret is shown on the answer to the
 * creation only, never again) and revoked after a confirmation.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/credentials")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class CredentialsController extends ConsolePage {

    private final ListCredentialsUseCase listCredentials;
    private final CreateCredentialUseCase createCredential;
    private final RevokeCredentialUseCase revokeCredential;

    public CredentialsController(ListCredentialsUseCase listCredentials, CreateCredentialUseCase createCredential,
                                 RevokeCredentialUseCase revokeCredential) {
        this.listCredentials = listCredentials;
        this.createCredential = createCredential;
        this.revokeCredential = revokeCredential;
    }

    @Get
    public HttpResponse<?> list(String tenant, Operator operator) {
        return page("credentials", credentialsPage(operator, operator.mayActOn(tenant), null, ""));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(String tenant, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        NewKind kind = NewKind.valueOf(form.getOrDefault("type", "").toUpperCase(Locale.ROOT).replace('-', '_'));
        IssuedCredential issued;
        try {
            issued = createCredential.create(new CreateCredentialCommand(tenantId, kind.type,
                    kind == NewKind.ADMIN ? form.get("username") : null, kind == NewKind.ADMIN ? form.get("password") : null,
                    Set.of(), Map.of()));
        } catch (InvalidValueException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("credentials",
                    Map.of("page", credentialsPage(operator, tenantId, null, invalid.getMessage()))));
        }
        Issued shown = new Issued(Row.of(tenant, issued.credential()), issued.secret().orElse(""));
        return page("credentials", credentialsPage(operator, tenantId, shown, ""));
    }

    @Post("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revoke(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        revokeCredential.revoke(operator.mayActOn(tenant), new CredentialId(UUID.fromString(id)));
        return redirect(Paths.tenant(tenant) + "/credentials");
    }

    private CredentialsPage credentialsPage(Operator operator, TenantId tenantId, Issued issued, String error) {
        List<Row> rows = listCredentials.list(tenantId).stream().sorted(Comparator.comparing(Credential::createdAt).reversed())
                .map(credential -> Row.of(tenantId.value(), credential)).toList();
        return new CredentialsPage(new Chrome("Credentials", operator, tenantId.value(), Chrome.Section.CREDENTIALS), rows,
                issued, error);
    }

    /** The kinds the console creates: an admin with a password, and the clients whose secret the gateway draws. */
    public enum NewKind {
        FLIPLET_TOKEN("Fliplet token", CredentialType.FLIPLET_TOKEN),
        CAPILLARY_OAUTH("Capillary OAuth client", CredentialType.CAPILLARY_OAUTH),
        ADMIN("Admin (username and password)", CredentialType.ADMIN);

        private final String label;
        private final CredentialType type;

        NewKind(String label, CredentialType type) {
            this.label = label;
            this.type = type;
        }

        public String label() {
            return label;
        }

        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A credential as listed; a token's lookup key is a digest of its secret, so only names people chose are shown. */
    public record Row(String id, String type, String name, boolean platformAdmin, Instant created, String revokeHref) {

        static Row of(String tenant, Credential credential) {
            boolean named = credential.type() == CredentialType.ADMIN || credential.type() == CredentialType.CAPILLARY_BASIC
                    || credential.type() == CredentialType.CAPILLARY_OAUTH;
            String id = credential.id().value().toString();
            return new Row(id, credential.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    named ? credential.lookupKey() : "", credential.platformAdmin(), credential.createdAt(),
                    Paths.tenant(tenant) + "/credentials/" + Paths.encode(id) + "/revoke");
        }
    }

    /** A credential just created, with its secret, shown this once. */
    public record Issued(Row credential, String secret) {
    }

    public record CredentialsPage(Chrome chrome, List<Row> rows, Issued issued, String error) {

        public List<NewKind> kinds() {
            return Arrays.asList(NewKind.values());
        }

        public String createHref() {
            return chrome.href(Chrome.Section.CREDENTIALS);
        }
    }
}
