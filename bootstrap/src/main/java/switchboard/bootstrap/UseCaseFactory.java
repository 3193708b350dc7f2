package switchboard.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.port.in.AuthenticateAccessTokenUseCase;
import switchboard.application.port.in.AuthenticateAdminUseCase;
import switchboard.application.port.in.AuthenticatePasswordUseCase;
import switchboard.application.port.in.AuthenticateTokenUseCase;
import switchboard.application.port.in.CancelMessageUseCase;
import switchboard.application.port.in.CreateCredentialUseCase;
import switchboard.application.port.in.CreateTenantUseCase;
import switchboard.application.port.in.DeleteAllContactsUseCase;
import switchboard.application.port.in.DeleteContactUseCase;
import switchboard.application.port.in.DeleteTemplateUseCase;
import switchboard.application.port.in.GetContactUseCase;
import switchboard.application.port.in.GetMessageUseCase;
import switchboard.application.port.in.GetTemplateUseCase;
import switchboard.application.port.in.GetTenantUseCase;
import switchboard.application.port.in.InitializeGatewayUseCase;
import switchboard.application.port.in.IssueAccessTokenUseCase;
import switchboard.application.port.in.ListCapturedUseCase;
import switchboard.application.port.in.ListContactsUseCase;
import switchboard.application.port.in.ListCredentialsUseCase;
import switchboard.application.port.in.ListInboxUseCase;
import switchboard.application.port.in.ListMessagesUseCase;
import switchboard.application.port.in.ListTemplatesUseCase;
import switchboard.application.port.in.MarkInboxItemReadUseCase;
import switchboard.application.port.in.NormalizePhoneNumberUseCase;
import switchboard.application.port.in.QueryContactsUseCase;
import switchboard.application.port.in.RevokeCredentialUseCase;
import switchboard.application.port.in.SaveTemplateUseCase;
import switchboard.application.port.in.SendBatchUseCase;
import switchboard.application.port.in.SendMessageUseCase;
import switchboard.application.port.in.SetContactFieldsUseCase;
import switchboard.application.port.in.UpsertContactsUseCase;
import switchboard.application.port.out.AccessTokenSigner;
import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.CredentialStore;
import switchboard.application.port.out.InboxStore;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.PasswordHasher;
import switchboard.application.port.out.PhoneNumberNormalizer;
import switchboard.application.port.out.SecretSealer;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TemplateRenderer;
import switchboard.application.port.out.TemplateStore;
import switchboard.application.port.out.TenantStore;
import switchboard.application.service.AuthenticateAccessTokenService;
import switchboard.application.service.AuthenticateAdminService;
import switchboard.application.service.AuthenticatePasswordService;
import switchboard.application.service.AuthenticateTokenService;
import switchboard.application.service.CancelMessageService;
import switchboard.application.service.CreateCredentialService;
import switchboard.application.service.CreateTenantService;
import switchboard.application.service.DeleteAllContactsService;
import switchboard.application.service.DeleteContactService;
import switchboard.application.service.DeleteTemplateService;
import switchboard.application.service.GetContactService;
import switchboard.application.service.GetMessageService;
import switchboard.application.service.GetTemplateService;
import switchboard.application.service.GetTenantService;
import switchboard.application.service.InitializeGatewayService;
import switchboard.application.service.IssueAccessTokenService;
import switchboard.application.service.ListCapturedService;
import switchboard.application.service.ListContactsService;
import switchboard.application.service.ListCredentialsService;
import switchboard.application.service.ListInboxService;
import switchboard.application.service.ListMessagesService;
import switchboard.application.service.ListTemplatesService;
import switchboard.application.service.MarkInboxItemReadService;
import switchboard.application.service.NormalizePhoneNumberService;
import switchboard.application.service.QueryContactsService;
import switchboard.application.service.RevokeCredentialService;
import switchboard.application.service.SaveTemplateService;
import switchboard.application.service.SendBatchService;
import switchboard.application.service.SendMessageService;
import switchboard.application.service.SendingPorts;
import switchboard.application.service.SetContactFieldsService;
import switchboard.application.service.UpsertContactsService;
import switchboard.domain.scope.ScopeLimits;

/** The application's services, built from the ports' adapters: the core knows no framework. */
@Factory
public class UseCaseFactory {

    @Singleton
    SendingPorts sendingPorts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones,
                              MessageStore messages, TemplateRenderer templates, SecretSealer sealer,
                              SuppressionList suppressions, DispatchWorker worker, Clock clock) {
        return new SendingPorts(tenants, contacts, phones, messages, templates, sealer, suppressions, worker, clock);
    }

    @Singleton
    SendMessageUseCase sendMessage(SendingPorts ports) {
        return new SendMessageService(ports);
    }

    @Singleton
    SendBatchUseCase sendBatch(SendingPorts ports) {
        return new SendBatchService(ports);
    }

    @Singleton
    CreateTenantUseCase createTenant(TenantStore tenants, Clock clock) {
        return new CreateTenantService(tenants, clock);
    }

    @Singleton
    GetTenantUseCase getTenant(TenantStore tenants) {
        return new GetTenantService(tenants);
    }

    @Singleton
    SetContactFieldsUseCase setContactFields(TenantStore tenants) {
        return new SetContactFieldsService(tenants);
    }

    @Singleton
    CreateCredentialUseCase createCredential(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                             Clock clock) {
        return new CreateCredentialService(tenants, credentials, passwords, clock);
    }

    @Singleton
    ListCredentialsUseCase listCredentials(TenantStore tenants, CredentialStore credentials) {
        return new ListCredentialsService(tenants, credentials);
    }

    @Singleton
    RevokeCredentialUseCase revokeCredential(CredentialStore credentials) {
        return new RevokeCredentialService(credentials);
    }

    @Singleton
    AuthenticateAdminUseCase authenticateAdmin(CredentialStore credentials, PasswordHasher passwords) {
        return new AuthenticateAdminService(credentials, passwords);
    }

    @Singleton
    InitializeGatewayUseCase initializeGateway(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                               Clock clock) {
        return new InitializeGatewayService(tenants, credentials, passwords, clock);
    }

    @Singleton
    UpsertContactsUseCase upsertContacts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones) {
        return new UpsertContactsService(tenants, contacts, phones);
    }

    @Singleton
    ListContactsUseCase listContacts(TenantStore tenants, ContactDirectory contacts) {
        return new ListContactsService(tenants, contacts);
    }

    @Singleton
    GetContactUseCase getContact(TenantStore tenants, ContactDirectory contacts) {
        return new GetContactService(tenants, contacts);
    }

    @Singleton
    DeleteContactUseCase deleteContact(ContactDirectory contacts) {
        return new DeleteContactService(contacts);
    }

    @Singleton
    DeleteAllContactsUseCase deleteAllContacts(TenantStore tenants, ContactDirectory contacts) {
        return new DeleteAllContactsService(tenants, contacts);
    }

    @Singleton
    GetMessageUseCase getMessage(MessageStore messages) {
        return new GetMessageService(messages);
    }

    @Singleton
    ListMessagesUseCase listMessages(TenantStore tenants, MessageStore messages) {
        return new ListMessagesService(tenants, messages);
    }

    @Singleton
    CancelMessageUseCase cancelMessage(MessageStore messages, Clock clock) {
        return new CancelMessageService(messages, clock);
    }

    @Singleton
    AuthenticateTokenUseCase authenticateToken(CredentialStore credentials) {
        return new AuthenticateTokenService(credentials);
    }

    @Singleton
    ScopeLimits scopeLimits(ScopeConfiguration configuration) {
        return configuration.limits();
    }

    @Singleton
    QueryContactsUseCase queryContacts(TenantStore tenants, ContactDirectory contacts) {
        return new QueryContactsService(tenants, contacts);
    }

    @Singleton
    ListCapturedUseCase listCaptured(TenantStore tenants, MessageStore messages) {
        return new ListCapturedService(tenants, messages);
    }

    @Singleton
    ListInboxUseCase listInbox(TenantStore tenants, InboxStore inbox) {
        return new ListInboxService(tenants, inbox);
    }

    @Singleton
    MarkInboxItemReadUseCase markInboxItemRead(InboxStore inbox, Clock clock) {
        return new MarkInboxItemReadService(inbox, clock);
    }

    /** Basic authentication for Capillary: a success is remembered for {@code switchboard.capillary.auth-cache-ttl}. */
    @Singleton
    AuthenticatePasswordUseCase authenticatePassword(CredentialStore credentials, PasswordHasher passwords, Clock clock,
                                                     @Value("${switchboard.capillary.auth-cache-ttl:60s}") Duration remember) {
        return new AuthenticatePasswordService(credentials, passwords, clock, remember);
    }

    @Singleton
    IssueAccessTokenUseCase issueAccessToken(CredentialStore credentials, AccessTokenSigner signer, Clock clock,
                                             @Value("${switchboard.capillary.token-ttl:300s}") Duration ttl) {
        return new IssueAccessTokenService(credentials, signer, ttl, clock);
    }

    @Singleton
    AuthenticateAccessTokenUseCase authenticateAccessToken(CredentialStore credentials, AccessTokenSigner signer, Clock clock) {
        return new AuthenticateAccessTokenService(credentials, signer, clock);
    }

    @Singleton
    NormalizePhoneNumberUseCase normalizePhoneNumber(PhoneNumberNormalizer phones) {
        return new NormalizePhoneNumberService(phones);
    }

    @Singleton
    SaveTemplateUseCase saveTemplate(TenantStore tenants, TemplateStore templates, TemplateRenderer renderer) {
        return new SaveTemplateService(tenants, templates, renderer);
    }

    @Singleton
    GetTemplateUseCase getTemplate(TenantStore tenants, TemplateStore templates) {
        return new GetTemplateService(tenants, templates);
    }

    @Singleton
    ListTemplatesUseCase listTemplates(TenantStore tenants, TemplateStore templates) {
        return new ListTemplatesService(tenants, templates);
    }

    @Singleton
    DeleteTemplateUseCase deleteTemplate(TemplateStore templates) {
        return new DeleteTemplateService(templates);
    }
}
