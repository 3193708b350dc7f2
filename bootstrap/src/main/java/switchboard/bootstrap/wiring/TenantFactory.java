package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.guard.IdempotencyPolicy;
import switchboard.application.shared.TenantStore;
import switchboard.application.tenant.CreateTenantService;
import switchboard.application.tenant.CreateTenantUseCase;
import switchboard.application.tenant.DeleteTenantService;
import switchboard.application.tenant.DeleteTenantUseCase;
import switchboard.application.tenant.GetTenantService;
import switchboard.application.tenant.GetTenantUseCase;
import switchboard.application.tenant.InitializeGatewayService;
import switchboard.application.tenant.InitializeGatewayUseCase;
import switchboard.application.tenant.ListTenantsService;
import switchboard.application.tenant.ListTenantsUseCase;
import switchboard.application.tenant.ResumeTenantService;
import switchboard.application.tenant.ResumeTenantUseCase;
import switchboard.application.tenant.SetTenantRetentionService;
import switchboard.application.tenant.SetTenantRetentionUseCase;
import switchboard.application.tenant.SuspendTenantService;
import switchboard.application.tenant.SuspendTenantUseCase;

/** Tenants, their settings, and the first start's platform admin. */
@Factory
class TenantFactory {

    @Singleton
    CreateTenantUseCase createTenant(TenantStore tenants, Clock clock) {
        return new CreateTenantService(tenants, clock);
    }

    @Singleton
    GetTenantUseCase getTenant(TenantStore tenants) {
        return new GetTenantService(tenants);
    }

    @Singleton
    ListTenantsUseCase listTenants(TenantStore tenants) {
        return new ListTenantsService(tenants);
    }

    @Singleton
    SetTenantRetentionUseCase setTenantRetention(TenantStore tenants, IdempotencyPolicy idempotency) {
        return new SetTenantRetentionService(tenants, idempotency);
    }

    @Singleton
    SuspendTenantUseCase suspendTenant(TenantStore tenants, CredentialStore credentials, Clock clock) {
        return new SuspendTenantService(tenants, credentials, clock);
    }

    @Singleton
    ResumeTenantUseCase resumeTenant(TenantStore tenants) {
        return new ResumeTenantService(tenants);
    }

    @Singleton
    DeleteTenantUseCase deleteTenant(TenantStore tenants, CredentialStore credentials) {
        return new DeleteTenantService(tenants, credentials);
    }

    @Singleton
    InitializeGatewayUseCase initializeGateway(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                               Clock clock) {
        return new InitializeGatewayService(tenants, credentials, passwords, clock);
    }
}
