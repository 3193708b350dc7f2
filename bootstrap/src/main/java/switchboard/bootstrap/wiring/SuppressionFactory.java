package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.DeleteSuppressionService;
import switchboard.application.suppression.DeleteSuppressionUseCase;
import switchboard.application.suppression.ListSuppressionsService;
import switchboard.application.suppression.ListSuppressionsUseCase;
import switchboard.application.suppression.port.SuppressionList;

/** Suppressed addresses. */
@Factory
class SuppressionFactory {

    @Singleton
    ListSuppressionsUseCase listSuppressions(TenantStore tenants, SuppressionList suppressions) {
        return new ListSuppressionsService(tenants, suppressions);
    }

    @Singleton
    DeleteSuppressionUseCase deleteSuppression(TenantStore tenants, SuppressionList suppressions) {
        return new DeleteSuppressionService(tenants, suppressions);
    }
}
