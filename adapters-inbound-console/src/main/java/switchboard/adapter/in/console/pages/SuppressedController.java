package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.suppression.DeleteSuppressionUseCase;
import switchboard.application.suppression.ListSuppressionsUseCase;
import switchboard.application.suppression.Suppression;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;

/**
 * The addresses sends pass over because their provider reported them gone, newest first, and
 * their removal after a confirmation, which lets sends use the address again.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/suppressed")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class SuppressedController extends ConsolePage {

    private final ListSuppressionsUseCase listSuppressions;
    private final DeleteSuppressionUseCase deleteSuppression;

    public SuppressedController(ListSuppressionsUseCase listSuppressions, DeleteSuppressionUseCase deleteSuppression) {
        this.listSuppressions = listSuppressions;
        this.deleteSuppression = deleteSuppression;
    }

    @Get
    public HttpResponse<?> list(String tenant, @QueryValue(defaultValue = "0") int page, @Nullable @QueryValue String removed,
                                Operator operator) {
        ListPage<Suppression> suppressions = ListPage.of(page, request -> listSuppressions.list(operator.mayActOn(tenant), request));
        return page("suppressed", new SuppressedPage(new Chrome("Suppressed addresses", operator, tenant, Chrome.Section.SUPPRESSED),
                suppressions.rows(SuppressedRow::of), removed == null ? "" : removed, suppressions.number(), suppressions.more()));
    }

    /** Removes the suppression the confirmation named; the form carries the address, since an address may be a URL. */
    @Post("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(String tenant, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        Channel channel = Channel.valueOf(form.getOrDefault("channel", "").toUpperCase(Locale.ROOT));
        String address = form.getOrDefault("address", "");
        deleteSuppression.delete(operator.mayActOn(tenant), Recipient.of(channel, address));
        return redirect(Paths.tenant(tenant) + "/suppressed?removed=" + Paths.encode(address));
    }

    public record SuppressedRow(String channel, String address, String reason, Instant since) {

        static SuppressedRow of(Suppression suppression) {
            return new SuppressedRow(suppression.recipient().channel().name(), suppression.recipient().address().value(),
                    suppression.reason(), suppression.since());
        }
    }

    /** The list; {@code removed} names the address just let through again, if any. */
    public record SuppressedPage(Chrome chrome, List<SuppressedRow> rows, String removed, int page, boolean more) {

        public String removeHref() {
            return chrome.href(Chrome.Section.SUPPRESSED) + "/remove";
        }

        public String pageHref(int target) {
            return chrome.href(Chrome.Section.SUPPRESSED) + "?page=" + target;
        }
    }
}
