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
import java.util.Arrays;
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
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * Deliveries that ran out of attempts, with their last error, by channel, and their replay after a
 * confirmation: one, or all of the channel shown, at most {@link #REPLAY_ALL_LIMIT} a click.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/dead")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class DeadDeliveriesController extends ConsolePage {

    /**
     * How many dead deliveries one "replay all" puts back in the queue: the most recently dead first,
     * so that a click is one short request and a flood of replays cannot swamp the workers; clicking
     * again replays the next ones.
     */
    static final int REPLAY_ALL_LIMIT = 100;

    private final ListDeliveriesUseCase listDeliveries;
    private final ReplayDeliveryUseCase replayDelivery;

    public DeadDeliveriesController(ListDeliveriesUseCase listDeliveries, ReplayDeliveryUseCase replayDelivery) {
        this.listDeliveries = listDeliveries;
        this.replayDelivery = replayDelivery;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String channel, @QueryValue(defaultValue = "0") int page,
                                @Nullable @QueryValue String replay, @Nullable @QueryValue String replayed,
                                Operator operator) {
        TenantId tenantId = operator.mayActOn(tenant);
        Optional<Channel> filter = channel(channel);
        ListPage<Delivery> dead = ListPage.of(page, request -> listDeliveries.list(tenantId, dead(filter), request));
        int replayable = replayable(tenantId, filter).size();
        Optional<Integer> replayedAll = Optional.ofNullable(replayed).map(Integer::parseInt); // not a number: 400
        return page("dead", new DeadPage(new Chrome("Dead deliveries", operator, tenant, Chrome.Section.DEAD),
                filter.map(Channel::name).orElse(""), dead.rows(delivery -> DeadRow.of(tenant, delivery)),
                replay == null ? "" : replay, replayedAll, Math.min(replayable, REPLAY_ALL_LIMIT), replayable > REPLAY_ALL_LIMIT,
                dead.number(), dead.more()));
    }

    /**
     * Replays the dead deliveries of the channel the confirmation named (all channels when none), the
     * most recently dead first, at most {@link #REPLAY_ALL_LIMIT}; the list then says how many.
     */
    @Post("/replay-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> replayAll(String tenant, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        Optional<Channel> filter = channel(form.get("channel"));
        int replayed = 0;
        for (Delivery delivery : replayable(tenantId, filter).stream().limit(REPLAY_ALL_LIMIT).toList()) {
            try {
                replayDelivery.replay(tenantId, delivery.id());
                replayed++;
            } catch (ConflictException | NotFoundException replayedOrPurgedMeanwhile) {
                // another operator, a provider's late report or the retention purge got there first
            }
        }
        return redirect(Paths.tenant(tenant) + "/dead?replayed=" + replayed
                + filter.map(name -> "&channel=" + name.name()).orElse(""));
    }

    /** Replays the delivery the confirmation named; the list then says it is queued again. */
    @Post("/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> replay(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        Delivery replayed = replayDelivery.replay(operator.mayActOn(tenant), DeliveryId.parse(id));
        return redirect(Paths.tenant(tenant) + "/dead?replay=" + Paths.encode(replayed.id().value().toString()));
    }

    private static Optional<Channel> channel(@Nullable String name) {
        return Optional.ofNullable(name).filter(given -> !given.isBlank())
                .map(given -> Channel.valueOf(given.trim().toUpperCase(Locale.ROOT)));
    }

    private static DeliveryFilter dead(Optional<Channel> channel) {
        return new DeliveryFilter(Optional.of(DeliveryStatus.DEAD), channel);
    }

    /** The dead deliveries one "replay all" takes, and one more to tell whether more are left. */
    private List<Delivery> replayable(TenantId tenantId, Optional<Channel> channel) {
        return listDeliveries.list(tenantId, dead(channel), new PageRequest(0, REPLAY_ALL_LIMIT + 1));
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

    /**
     * The list of one channel's dead deliveries (every channel's when {@code channel} is blank);
     * {@code replayed} names the delivery just put back in the queue, if any, and {@code replayedAll}
     * how many a "replay all" just did. "Replay all" would take {@code replayable}, and leave some
     * for another click when {@code moreThanLimit}.
     */
    public record DeadPage(Chrome chrome, String channel, List<DeadRow> rows, String replayed, Optional<Integer> replayedAll,
                           int replayable, boolean moreThanLimit, int page, boolean more) {

        public List<String> channels() {
            return Arrays.stream(Channel.values()).map(Channel::name).toList();
        }

        public int limit() {
            return REPLAY_ALL_LIMIT;
        }

        public String replayAllHref() {
            return chrome.href(Chrome.Section.DEAD) + "/replay-all";
        }

        /** What the filter covers, for the confirmation: "dead SMS deliveries" or "dead deliveries". */
        public String what() {
            return channel.isEmpty() ? "dead deliveries" : "dead " + channel + " deliveries";
        }

        public String pageHref(int target) {
            return chrome.href(Chrome.Section.DEAD) + "?page=" + target + (channel.isEmpty() ? "" : "&channel=" + channel);
        }
    }
}
