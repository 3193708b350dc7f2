package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.tenant.CreateTenantCommand;
import switchboard.application.tenant.CreateTenantUseCase;
import switchboard.application.tenant.GetTenantUseCase;
import switchboard.application.tenant.ListTenantsUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * The platform admin's: a new tenant, and any tenant's pages opened by its id. A tenant admin is
 * refused with 403.
 */
@Controller(Paths.ROOT + "/tenants")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class TenantsController extends ConsolePage {

    private final CreateTenantUseCase createTenant;
    private final GetTenantUseCase getTenant;
    private final ListTenantsUseCase listTenants;

    public TenantsController(CreateTenantUseCase createTenant, GetTenantUseCase getTenant, ListTenantsUseCase listTenants) {
        this.createTenant = createTenant;
        this.getTenant = getTenant;
        this.listTenants = listTenants;
    }

    /** The tenants and the forms, or, with {@code open}, the named tenant's overview once it is known to exist. */
    @Get
    public HttpResponse<?> show(@Nullable @QueryValue String open, @QueryValue(defaultValue = "0") int page,
                                Operator operator) {
        operator.mustBePlatformAdmin();
        if (open != null && !open.isBlank()) {
            Tenant tenant = getTenant.get(new TenantId(open.strip()));
            return redirect(Paths.tenant(tenant.id().value()) + "/overview");
        }
        return page("tenants", tenantsPage(operator, null, "", page));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        operator.mustBePlatformAdmin();
        Tenant created;
        try {
            created = createTenant.create(new CreateTenantCommand(form.getOrDefault("name", "")));
        } catch (InvalidValueException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("tenants",
                    Map.of("page", tenantsPage(operator, null, invalid.getMessage(), 0))));
        }
        return page("tenants", tenantsPage(operator, Created.of(created), "", 0));
    }

    private TenantsPage tenantsPage(Operator operator, Created created, String error, int page) {
        ListPage<Tenant> tenants = ListPage.of(page, listTenants::list);
        return new TenantsPage(new Chrome("Tenants", operator, operator.tenantId().value(), Chrome.Section.TENANTS), created,
                error, tenants.rows(TenantRow::of), tenants.number(), tenants.more());
    }

    /** A tenant just created, with the pages to go on with: its first admin is made under its credentials. */
    public record Created(String id, String name, String overviewHref, String credentialsHref) {

        static Created of(Tenant tenant) {
            String id = tenant.id().value();
            return new Created(id, tenant.name(), Paths.tenant(id) + "/overview", Paths.tenant(id) + "/credentials");
        }
    }

    /** A tenant in the list, with its overview's address. */
    public record TenantRow(String id, String name, Instant createdAt, boolean suspended, String overviewHref) {

        static TenantRow of(Tenant tenant) {
            String id = tenant.id().value();
            return new TenantRow(id, tenant.name(), tenant.createdAt(), tenant.suspendedAt().isPresent(),
                    Paths.tenant(id) + "/overview");
        }
    }

    /** The page: a tenant just created (or null), a refusal (or empty), and a page of the tenants, the newest first. */
    public record TenantsPage(Chrome chrome, Created created, String error, List<TenantRow> rows, int page, boolean more) {

        public String href() {
            return chrome.href(Chrome.Section.TENANTS);
        }

        public String pageHref(int target) {
            return href() + "?page=" + target;
        }
    }
}
