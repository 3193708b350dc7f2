package switchboard.adapter.in.admin.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.contact.ContactMatches;
import switchboard.application.contact.DeleteAllContactsUseCase;
import switchboard.application.contact.DeleteContactUseCase;
import switchboard.application.contact.GetContactUseCase;
import switchboard.application.contact.ListContactsUseCase;
import switchboard.application.contact.QueryContactsUseCase;
import switchboard.application.contact.UpsertContactsUseCase;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.scope.Scope;
import switchboard.domain.scope.ScopeLimits;

@Controller("/api/v1/tenants/{tenantId}/contacts")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ContactController extends AdminApiController {

    private final UpsertContactsUseCase upsertContacts;
    private final ListContactsUseCase listContacts;
    private final GetContactUseCase getContact;
    private final DeleteContactUseCase deleteContact;
    private final DeleteAllContactsUseCase deleteAllContacts;
    private final QueryContactsUseCase queryContacts;
    private final ScopeLimits scopeLimits;
    private final ContactMapper mapper;

    public ContactController(UpsertContactsUseCase upsertContacts, ListContactsUseCase listContacts,
                             GetContactUseCase getContact, DeleteContactUseCase deleteContact,
                             DeleteAllContactsUseCase deleteAllContacts, QueryContactsUseCase queryContacts,
                             ScopeLimits scopeLimits, ContactMapper mapper) {
        this.upsertContacts = upsertContacts;
        this.listContacts = listContacts;
        this.getContact = getContact;
        this.deleteContact = deleteContact;
        this.deleteAllContacts = deleteAllContacts;
        this.queryContacts = queryContacts;
        this.scopeLimits = scopeLimits;
        this.mapper = mapper;
    }

    /** Creates the contacts or replaces their data, all or none. */
    @Put
    public Count upsert(String tenantId, @Valid @Body ContactBatch batch, Authentication caller) {
        upsertContacts.upsert(TenantAccess.check(caller, tenantId), mapper.contacts(batch.contacts()));
        return new Count(batch.contacts().size());
    }

    @Get
    public ContactPage list(String tenantId, @QueryValue(defaultValue = "0") int offset,
                            @QueryValue(defaultValue = "100") int limit, Authentication caller) {
        Page<Contact> page = listContacts.list(TenantAccess.check(caller, tenantId), new PageRequest(offset, limit));
        return new ContactPage(page.items().stream().map(mapper::view).toList(), page.total(), offset, limit);
    }

    /** The ids of the contacts a scope matches, as Fliplet's email scope would reach them. */
    @Post("/query")
    public ContactQueryResult query(String tenantId, @Valid @Body ContactQuery query,
                                    @QueryValue(defaultValue = "0") int offset,
                                    @QueryValue(defaultValue = "1000") int limit, Authentication caller) {
        ContactMatches matches = queryContacts.query(TenantAccess.check(caller, tenantId),
                Scope.parse(query.scope(), scopeLimits), new PageRequest(offset, limit));
        return new ContactQueryResult(matches.count(), matches.ids().stream().map(ContactId::value).toList(), offset, limit);
    }

    @Get("/{contactId}")
    public ContactView get(String tenantId, String contactId, Authentication caller) {
        return mapper.view(getContact.get(TenantAccess.check(caller, tenantId), new ContactId(contactId)));
    }

    @Delete
    public Count deleteAll(String tenantId, Authentication caller) {
        return new Count(deleteAllContacts.deleteAll(TenantAccess.check(caller, tenantId)));
    }

    @Delete("/{contactId}")
    public HttpResponse<Void> delete(String tenantId, String contactId, Authentication caller) {
        deleteContact.delete(TenantAccess.check(caller, tenantId), new ContactId(contactId));
        return HttpResponse.noContent();
    }
}
