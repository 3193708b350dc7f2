package switchboard.adapter.in.admin.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Names;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.adapter.in.admin.message.DeliveryView;
import switchboard.adapter.in.admin.message.MessageMapper;
import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.delivery.ListDeliveriesUseCase;
import switchboard.application.delivery.ReplayDeliveryUseCase;
import switchboard.application.shared.PageRequest;

/** The tenant's deliveries across messages: the dead ones to look into, and to replay once the cause is fixed. */
@Controller("/api/v1/tenants/{tenantId}/deliveries")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DeliveryController extends AdminApiController {

    private final ListDeliveriesUseCase listDeliveries;
    private final ReplayDeliveryUseCase replayDelivery;
    private final MessageMapper mapper;

    public DeliveryController(ListDeliveriesUseCase listDeliveries, ReplayDeliveryUseCase replayDelivery,
                              MessageMapper mapper) {
        this.listDeliveries = listDeliveries;
        this.replayDelivery = replayDelivery;
        this.mapper = mapper;
    }

    /** Most recently changed first; {@code status} (e.g. dead) and {@code channel} (e.g. sms) filter. */
    @Get
    public DeliveryList list(String tenantId, @Nullable @QueryValue String status, @Nullable @QueryValue String channel,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit,
                             Authentication caller) {
        DeliveryFilter filter = new DeliveryFilter(Optional.ofNullable(status).map(Names::status), Names.channelFilter(channel));
        return new DeliveryList(listDeliveries.list(TenantAccess.check(caller, tenantId), filter,
                new PageRequest(offset, limit)).stream().map(mapper::view).toList(), offset, limit);
    }

    /** Queues a dead delivery again, due now, with a fresh count of attempts. */
    @Post("/{deliveryId}/replay")
    public DeliveryView replay(String tenantId, String deliveryId, Authentication caller) {
        return mapper.view(replayDelivery.replay(TenantAccess.check(caller, tenantId), PathIds.delivery(deliveryId)));
    }
}
