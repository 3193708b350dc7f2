package switchboard.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

import switchboard.application.contact.DeleteAllContactsService;
import switchboard.application.contact.DeleteAllContactsUseCase;
import switchboard.application.contact.DeleteContactService;
import switchboard.application.contact.DeleteContactUseCase;
import switchboard.application.contact.GetContactService;
import switchboard.application.contact.GetContactUseCase;
import switchboard.application.contact.ListContactsService;
import switchboard.application.contact.ListContactsUseCase;
import switchboard.application.contact.NormalizePhoneNumberService;
import switchboard.application.contact.NormalizePhoneNumberUseCase;
import switchboard.application.contact.QueryContactsService;
import switchboard.application.contact.QueryContactsUseCase;
import switchboard.application.contact.SetContactFieldsService;
import switchboard.application.contact.SetContactFieldsUseCase;
import switchboard.application.contact.UpsertContactsService;
import switchboard.application.contact.UpsertContactsUseCase;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.credential.AuthenticateAccessTokenService;
import switchboard.application.credential.AuthenticateAccessTokenUseCase;
import switchboard.application.credential.AuthenticateAdminService;
import switchboard.application.credential.AuthenticateAdminUseCase;
import switchboard.application.credential.AuthenticatePasswordService;
import switchboard.application.credential.AuthenticatePasswordUseCase;
import switchboard.application.credential.AuthenticateTokenService;
import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.application.credential.CreateCredentialService;
import switchboard.application.credential.CreateCredentialUseCase;
import switchboard.application.credential.IssueAccessTokenService;
import switchboard.application.credential.IssueAccessTokenUseCase;
import switchboard.application.credential.ListCredentialsService;
import switchboard.application.credential.ListCredentialsUseCase;
import switchboard.application.credential.RevokeCredentialService;
import switchboard.application.credential.RevokeCredentialUseCase;
import switchboard.application.credential.port.AccessTokenSigner;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.inbox.ListInboxService;
import switchboard.application.inbox.ListInboxUseCase;
import switchboard.application.inbox.MarkInboxItemReadService;
import switchboard.application.inbox.MarkInboxItemReadUseCase;
import switchboard.application.inbox.port.InboxStore;
import switchboard.application.message.CancelMessageService;
import switchboard.application.message.CancelMessageUseCase;
import switchboard.application.message.GetMessageService;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.ListCapturedService;
import switchboard.application.message.ListCapturedUseCase;
import switchboard.application.message.ListMessagesService;
import switchboard.application.message.ListMessagesUseCase;
import switchboard.application.message.port.MessageStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.send.SendBatchService;
import switchboard.application.send.SendBatchUseCase;
import switchboard.application.send.SendMessageService;
import switchboard.application.send.SendMessageUseCase;
import switchboard.application.send.SendingPorts;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.template.DeleteTemplateService;
import switchboard.application.template.DeleteTemplateUseCase;
import switchboard.application.template.GetTemplateService;
import switchboard.application.template.GetTemplateUseCase;
import switchboard.application.template.ListTemplatesService;
import switchboard.application.template.ListTemplatesUseCase;
import switchboard.application.template.SaveTemplateService;
import switchboard.application.template.SaveTemplateUseCase;
import switchboard.application.template.port.TemplateRenderer;
import switchboard.application.template.port.TemplateStore;
import switchboard.application.tenant.CreateTenantService;
import switchboard.application.tenant.CreateTenantUseCase;
import switchboard.application.tenant.GetTenantService;
import switchboard.application.tenant.GetTenantUseCase;
import switchboard.application.tenant.InitializeGatewayService;
import switchboard.application.tenant.InitializeGatewayUseCase;
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
