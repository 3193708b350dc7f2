package switchboard.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.port.in.RecipientOutcome.Reason;
import switchboard.application.port.in.RecipientRequest;
import switchboard.application.port.out.PhoneNumberNormalizer;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PushToken;
import switchboard.domain.recipient.UserId;
import switchboard.domain.scope.Scope;

/** Turns a recipient request into the addresses its deliveries go to, or the reason there are none. */
final class RecipientResolver {

    private final Map<ContactId, Contact> contacts;
    private final Map<Scope, List<Contact>> scopeMatches;
    private final ContactFields fields;
    private final PhoneNumberNormalizer phones;

    /**
     * @param contacts     the contacts that recipients name, by id
     * @param scopeMatches the contacts each scope among the recipients matches
     */
    RecipientResolver(Map<ContactId, Contact> contacts, Map<Scope, List<Contact>> scopeMatches, ContactFields fields,
                      PhoneNumberNormalizer phones) {
        this.contacts = contacts;
        this.scopeMatches = scopeMatches;
        this.fields = fields;
        this.phones = phones;
    }

    /** Addresses, or a rejection. */
    record Resolution(List<Address> addresses, Reason reason, String detail) {
        static Resolution of(List<Address> addresses) {
            return new Resolution(addresses, null, null);
        }

        static Resolution rejected(Reason reason, String detail) {
            return new Resolution(List.of(), reason, detail);
        }

        boolean rejected() {
            return reason != null;
        }
    }

    Resolution resolve(RecipientRequest request) {
        if (request instanceof RecipientRequest.ToAddress direct) {
            return Resolution.of(List.of(direct.recipient().address()));
        }
        if (request instanceof RecipientRequest.ToScope toScope) {
            // A scope reaches whoever it matches that can be reached on the channel; the others are passed over.
            return Resolution.of(scopeMatches.get(toScope.scope()).stream()
                    .map(contact -> addressesOf(contact, toScope.channel()))
                    .flatMap(resolution -> resolution.addresses().stream()).toList());
        }
        RecipientRequest.ToContact toContact = (RecipientRequest.ToContact) request;
        Contact contact = contacts.get(toContact.contactId());
        if (contact == null) {
            return Resolution.rejected(Reason.UNKNOWN_CONTACT, "no contact has the id '" + toContact.contactId() + "'");
        }
        return addressesOf(contact, toContact.channel());
    }

    private Resolution addressesOf(Contact contact, Channel channel) {
        switch (channel) {
            case EMAIL:
                return fields.emailOf(contact.data())
                        .map(email -> parsed(() -> new EmailAddress(email), contact, "email address"))
                        .orElseGet(() -> noAddress(contact, "email address"));
            case SMS:
            case WHATSAPP:
            case ZALO:
                return fields.phoneOf(contact.data())
                        .map(raw -> phones.normalize(raw, null)
                                .map(phone -> Resolution.of(List.of(phone)))
                                .orElseGet(() -> invalid(contact, "phone number")))
                        .orElseGet(() -> noAddress(contact, "phone number"));
            case PUSH:
                return pushTokens(contact);
            case IN_APP:
                return Resolution.of(List.of(new UserId(contact.id().value())));
            default:
                return noAddress(contact, channel + " address");
        }
    }

    private Resolution pushTokens(Contact contact) {
        List<Address> tokens = new ArrayList<>();
        for (String token : fields.pushTokensOf(contact.data())) {
            try {
                tokens.add(new PushToken(token));
            } catch (InvalidValueException ignored) {
                // A malformed token cannot reach any device; the contact's other tokens still can.
            }
        }
        return tokens.isEmpty() ? noAddress(contact, "push token") : Resolution.of(tokens);
    }

    private static Resolution parsed(java.util.function.Supplier<Address> parse, Contact contact, String what) {
        try {
            return Resolution.of(List.of(parse.get()));
        } catch (InvalidValueException e) {
            return invalid(contact, what);
        }
    }

    private static Resolution invalid(Contact contact, String what) {
        return Resolution.rejected(Reason.INVALID_ADDRESS, "contact '" + contact.id() + "' has an invalid " + what);
    }

    private static Resolution noAddress(Contact contact, String what) {
        return Resolution.rejected(Reason.NO_ADDRESS, "contact '" + contact.id() + "' has no " + what);
    }

    static Optional<ContactId> contactOf(RecipientRequest request) {
        return request instanceof RecipientRequest.ToContact toContact ? Optional.of(toContact.contactId()) : Optional.empty();
    }

    static Optional<Scope> scopeOf(RecipientRequest request) {
        return request instanceof RecipientRequest.ToScope toScope ? Optional.of(toScope.scope()) : Optional.empty();
    }
}
