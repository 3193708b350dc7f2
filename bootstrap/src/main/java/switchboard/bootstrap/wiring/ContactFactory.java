package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.contact.ContactImportsService;
import switchboard.application.contact.DeleteAllContactsService;
import switchboard.application.contact.DeleteAllContactsUseCase;
import switchboard.application.contact.DeleteContactService;
import switchboard.application.contact.DeleteContactUseCase;
import switchboard.application.contact.GetContactService;
import switchboard.application.contact.GetContactUseCase;
import switchboard.application.contact.ImportContactsService;
import switchboard.application.contact.ImportContactsUseCase;
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
import switchboard.application.contact.port.ContactImports;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.shared.TenantStore;
import switchboard.domain.scope.ScopeLimits;

/** Contacts, their address fields, Sift-style queries over them, and phone numbers. */
@Factory
class ContactFactory {

    @Singleton
    SetContactFieldsUseCase setContactFields(TenantStore tenants) {
        return new SetContactFieldsService(tenants);
    }

    @Singleton
    UpsertContactsUseCase upsertContacts(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones) {
        return new UpsertContactsService(tenants, contacts, phones);
    }

    /**
     * Imports store their lines ten thousand at a time, each batch one transaction; memory holds at
     * most four batches: one being read, two waiting and one being stored.
     */
    @Singleton
    ImportContactsUseCase importContacts(TenantStore tenants, ContactDirectory contacts, ContactImports imports,
                                         PhoneNumberNormalizer phones, Clock clock) {
        return new ImportContactsService(tenants, contacts, imports, phones, clock, 10_000);
    }

    @Singleton
    ContactImportsService contactImports(TenantStore tenants, ContactImports imports) {
        return new ContactImportsService(tenants, imports);
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
    ScopeLimits scopeLimits(ScopeConfiguration configuration) {
        return configuration.limits();
    }

    @Singleton
    QueryContactsUseCase queryContacts(TenantStore tenants, ContactDirectory contacts) {
        return new QueryContactsService(tenants, contacts);
    }

    @Singleton
    NormalizePhoneNumberUseCase normalizePhoneNumber(PhoneNumberNormalizer phones) {
        return new NormalizePhoneNumberService(phones);
    }
}
