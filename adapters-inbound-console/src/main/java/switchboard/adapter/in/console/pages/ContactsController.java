package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.contact.ContactMatches;
import switchboard.application.contact.GetContactUseCase;
import switchboard.application.contact.QueryContactsUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.scope.Scope;
import switchboard.domain.scope.ScopeLimits;
import switchboard.domain.tenant.TenantId;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The tenant's contacts that a Sift scope matches, as {@code POST .../contacts/query} finds them:
 * how many, and a page of them at a time with each one's data. A scope the API would refuse shows
 * the API's reason.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/contacts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class ContactsController extends ConsolePage {

    private final QueryContactsUseCase queryContacts;
    private final GetContactUseCase getContact;
    private final ScopeLimits scopeLimits;
    private final JsonMapper json;

    public ContactsController(QueryContactsUseCase queryContacts, GetContactUseCase getContact, ScopeLimits scopeLimits,
                              JsonMapper json) {
        this.queryContacts = queryContacts;
        this.getContact = getContact;
        this.scopeLimits = scopeLimits;
        this.json = json;
    }

    @Get
    public HttpResponse<?> search(String tenant, @Nullable @QueryValue String scope, @QueryValue(defaultValue = "0") int page,
                                  Operator operator) {
        TenantId tenantId = operator.mayActOn(tenant);
        Chrome chrome = new Chrome("Contacts", operator, tenant, Chrome.Section.CONTACTS);
        if (scope == null || scope.isBlank()) {
            return page("contacts", new ContactsPage(chrome, "", null, ListPage.empty(), ""));
        }
        ContactMatches matches;
        try {
            matches = queryContacts.query(tenantId, Scope.parse(parseJson(scope), scopeLimits),
                    ListPage.request(page));
        } catch (InvalidValueException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("contacts",
                    Map.of("page", new ContactsPage(chrome, scope, null, ListPage.empty(), invalid.getMessage()))));
        }
        ListPage<ContactRow> shown = ListPage.cut(page, matches.ids().stream().map(id -> row(getContact.get(tenantId, id))).toList());
        return page("contacts", new ContactsPage(chrome, scope, matches.count(), shown, ""));
    }

    private Object parseJson(String scope) {
        try {
            return json.readValue(scope, Object.class);
        } catch (IOException notJson) {
            throw new InvalidValueException("the scope is not JSON: write it as the API takes it, e.g. {\"plan\":\"gold\"}");
        }
    }

    private ContactRow row(Contact contact) {
        try {
            return new ContactRow(contact.id().value(), new String(json.writeValueAsBytes(contact.data().asMap()), UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A contact as listed: its id and its data as JSON. */
    public record ContactRow(String id, String data) {
    }

    /** {@code count} is null until a scope is searched. */
    public record ContactsPage(Chrome chrome, String scope, Long count, ListPage<ContactRow> matched, String error) {

        public String href() {
            return chrome.href(Chrome.Section.CONTACTS);
        }

        public List<ContactRow> rows() {
            return matched.rows();
        }

        public int number() {
            return matched.number();
        }

        public boolean more() {
            return matched.more();
        }

        /** The number, counting from 1, of the first contact shown. */
        public int first() {
            return matched.number() * ListPage.SIZE + 1;
        }

        public String pageHref(int target) {
            return href() + "?scope=" + Paths.encode(scope) + "&page=" + target;
        }
    }
}
