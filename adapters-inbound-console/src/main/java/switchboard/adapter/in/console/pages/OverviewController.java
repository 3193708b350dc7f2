package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.message.ListMessagesUseCase;
import switchboard.application.message.MessageFilter;
import switchboard.application.overview.CountOutboxUseCase;
import switchboard.application.overview.OutboxOverview;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

/**
 * The overview: the outbox by channel, with the last hour's finished deliveries as a chart (every
 * tenant's for the platform admin, the tenant's own for its admin), and the tenant's latest
 * messages. The page polls its live part with htmx every few seconds.
 */
@Controller(Paths.ROOT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class OverviewController extends ConsolePage {

    private static final int LATEST = 10;

    private final CountOutboxUseCase countOutbox;
    private final ListMessagesUseCase listMessages;

    public OverviewController(CountOutboxUseCase countOutbox, ListMessagesUseCase listMessages) {
        this.countOutbox = countOutbox;
        this.listMessages = listMessages;
    }

    @Get
    public HttpResponse<?> home(Operator operator) {
        return redirect(Paths.tenant(operator.tenantId().value()) + "/overview");
    }

    @Get("/tenants/{tenant}/overview")
    public HttpResponse<?> overview(String tenant, Operator operator) {
        TenantId tenantId = operator.mayActOn(tenant);
        return page("overview", new OverviewPage(new Chrome("Overview", operator, tenantId.value(), Chrome.Section.OVERVIEW),
                live(operator, tenantId)));
    }

    @Get("/tenants/{tenant}/overview/live")
    public HttpResponse<?> live(String tenant, Operator operator) {
        return page("overview_live", live(operator, operator.mayActOn(tenant)));
    }

    private Live live(Operator operator, TenantId tenantId) {
        OutboxOverview outbox = countOutbox.count(operator.platformAdmin() ? Optional.empty() : Optional.of(tenantId));
        return new Live(tenantId.value(), operator.platformAdmin(), outbox, MessageRows.of(tenantId.value(),
                listMessages.list(tenantId, MessageFilter.ALL, new PageRequest(0, LATEST))));
    }

    public record OverviewPage(Chrome chrome, Live live) {
    }

    /** The part of the overview that refreshes itself; the outbox is every tenant's or the tenant's own. */
    public record Live(String tenant, boolean everyTenant, OutboxOverview outbox, List<MessageRows.Row> latest) {

        public ThroughputChart chart(OutboxOverview.ChannelLine line) {
            return ThroughputChart.of(line);
        }

        public String liveUrl() {
            return Paths.tenant(tenant) + "/overview/live";
        }
    }
}
