package switchboard.bootstrap.guard;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.admin.send.AdminGuard;
import switchboard.adapter.in.capillary.send.CapillaryGuard;
import switchboard.adapter.in.dripcel.DripcelGuard;
import switchboard.adapter.in.fliplet.FlipletGuard;

/** The APIs the guards stand before, each with its own credentials and refusal shape; see {@link RequestGuardFilter}. */
@Singleton
class GuardedApis {

    private final List<GuardedApi> apis;

    GuardedApis(FlipletGuard fliplet, CapillaryGuard capillary, DripcelGuard dripcel, AdminGuard admin) {
        this.apis = List.of(
                new GuardedApi("/v1/communicate/", fliplet::caller, (request, refusal) -> fliplet.refuse(refusal)),
                new GuardedApi("/v2/communications/sendMessage", capillary::caller,
                        (request, refusal) -> capillary.refuse(refusal)),
                new GuardedApi("/send/", dripcel::caller, (request, refusal) -> dripcel.refuse(refusal)),
                new GuardedApi("/api/v1/communications/send", admin::caller, admin::refuse));
    }

    Optional<GuardedApi> serving(String path) {
        return apis.stream().filter(api -> api.serves(path)).findFirst();
    }
}
