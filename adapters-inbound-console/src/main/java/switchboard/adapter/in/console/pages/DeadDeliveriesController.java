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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.delivery.ListDeliveriesUseCase;
import switchboard.application.delivery.ReplayDeliveryUseCase;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;

/** Deliveries that ran out of attempts, with their last error, and their replay, one at a time after a confirmation. */
@Controller(Paths.ROOT + "/tenants/{tenant}/dead")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class DeadDeliveriesController extends ConsolePage {

    private final ListDeliveriesUseCase listDeliveries;
    private final ReplayDeliveryUseCase replayDelivery;

    public DeadDeliveriesController(ListDeliveriesUseCase listDeliveries, ReplayDeliveryUseCase replayDelivery) {
        this.listDeliveries = listDeliveries;
        this.replayDelivery = replayDelivery;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String channel, @QueryValue(defaultValue = "0") int page,
                                @Nullable @QueryValue String replay, Authentication session) {
        Operator operator = Operator.of(session);
        Optional<Channel> filter = Optional.ofNullable(channel).filter(name -> !name.isBlank())
                .map(name -> Channel.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        ListPage<Delivery> dead = ListPage.of(page, request -> listDeliveries.list(operator.mayActOn(tenant),
                new DeliveryFilter(Optional.of(DeliveryStatus.DEAD), filter), request));
        return page("dead", new DeadPage(new Chrome("Dead deliveries", operator, tenant, Chrome.Section.DEAD),
                dead.rows(delivery -> DeadRow.of(tenant, delivery)), replay == null ? "" : replay, dead.number(), dead.more()));
    }

    /** Replays the delivery the confirmation named; the list then says it is queued again. */
    @Post("/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> replay(String tenant, String id, @Body Map<String, String> form, Authentication session) {
        Operator operator = Operator.of(session);
        operator.checkForm(form);
        Delivery replayed = replayDelivery.replay(operator.mayActOn(tenant), DeliveryId.parse(id));
        return redirect(Paths.tenant(tenant) + "/dead?replay=" + Paths.encode(replayed.id().value().toString()));
    }

    public record DeadRow(String id, String channel, String to, int attempts, String lastError, Instant updated,
                          String messageHref, String replayHref) {

        static DeadRow of(String tenant, Delivery delivery) {
            String id = delivery.id().value().toString();
            return new DeadRow(id, delivery.channel().name(), delivery.address().value(), delivery.attempts(),
                    delivery.lastError().orElse(""), delivery.updatedAt(),
                    Paths.message(tenant, delivery.messageId().value().toString()),
                    Paths.tenant(tenant) + "/dead/" + Paths.encode(id) + "/replay");
        }
    }

    /** The list; {@code replayed} names the delivery just put back in the queue, if any. */
    public record DeadPage(Chrome chrome, List<DeadRow> rows, String replayed, int page, boolean more) {

        public String pageHref(int target) {
            return chrome.href(Chrome.Section.DEAD) + "?page=" + target;
        }
    }
}
