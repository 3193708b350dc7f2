package switchboard.adapter.in.admin.contact;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.contact.ContactImport;
import switchboard.application.contact.ContactLine;
import switchboard.application.contact.GetContactImportUseCase;
import switchboard.application.contact.ImportContactsUseCase;
import switchboard.application.contact.ListContactImportsUseCase;
import switchboard.domain.tenant.TenantId;

/**
 * Contacts imported from a body of any size, JSON lines or CSV, read as it arrives. The answer
 * comes when the body is read; meanwhile the tenant's imports show how far it has got.
 */
@Controller("/api/v1/tenants/{tenantId}/contact-imports")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ContactImportController extends AdminApiController {

    static final String CSV = "text/csv";

    private final ImportContactsUseCase importContacts;
    private final GetContactImportUseCase getImport;
    private final ListContactImportsUseCase listImports;
    private final JsonMapper json;

    public ContactImportController(ImportContactsUseCase importContacts, GetContactImportUseCase getImport,
                                   ListContactImportsUseCase listImports, JsonMapper json) {
        this.importContacts = importContacts;
        this.getImport = getImport;
        this.listImports = listImports;
        this.json = json;
    }

    @Post
    @Consumes({"application/x-ndjson", "application/jsonl", CSV})
    public HttpResponse<ContactImportView> importContacts(String tenantId, HttpRequest<?> request, @Body InputStream body,
                                                          Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        boolean csv = request.getContentType().map(type -> type.matches(MediaType.of(CSV))).orElse(false);
        Iterator<ContactLine> lines = csv
                ? new CsvContacts(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16))
                : new JsonLinesContacts(body, json);
        ContactImport done = getImport.get(tenant, importContacts.importContacts(tenant, csv ? "csv" : "jsonl", lines).id());
        return HttpResponse.<ContactImportView>created(URI.create(request.getPath() + "/" + done.id()))
                .body(ContactImportView.of(done, true));
    }

    /** The tenant's latest imports, newest first, with their counts: how far a running one has got. */
    @Get
    public List<ContactImportView> latest(String tenantId, Authentication caller) {
        return listImports.latest(TenantAccess.check(caller, tenantId)).stream()
                .map(found -> ContactImportView.of(found, false)).toList();
    }

    @Get("/{importId}")
    public ContactImportView get(String tenantId, String importId, Authentication caller) {
        return ContactImportView.of(getImport.get(TenantAccess.check(caller, tenantId), PathIds.contactImport(importId)), true);
    }
}
