package switchboard.application.send;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.send.RecipientOutcome.Reason;
import switchboard.application.send.Resolution.Destination;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PushToken;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.recipient.UserId;
import switchboard.domain.scope.Scope;

/** Turns a recipient request into the recipients its deliveries go to, or the reason there are none. */
final class RecipientResolver {

    private final Map<ContactId, Contact> contacts;
    private final Map<Scope, List<Contact>> scopeMatches;
    private final ContactFields fields;
    private final PhoneNumberNormalizer phones;
    /** The contact holding each address asked for by {@link RecipientRequest.ToContactAddress}, by {@link #key}. */
    private final Map<String, Contact> contactsByAddress = new HashMap<>();

    private RecipientResolver(Map<ContactId, Contact> contacts, Map<Scope, List<Contact>> scopeMatches, ContactFields fields,
                              PhoneNumberNormalizer phones) {
        this.contacts = contacts;
        this.scopeMatches = scopeMatches;
        this.fields = fields;
        this.phones = phones;
    }

    /** A resolver for the command's recipients, with the contacts they name or match loaded in a few queries. */
    static RecipientResolver load(SendCommand command, ContactFields fields, ContactDirectory directory,
                                  PhoneNumberNormalizer phones) {
        List<ContactId> ids = requests(command, RecipientRequest.ToContact.class).stream()
                .map(RecipientRequest.ToContact::contactId).distinct().toList();
        Map<ContactId, Contact> byId = ids.isEmpty() ? Map.of() : directory.findAll(command.tenantId(), ids).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        Map<Scope, List<Contact>> byScope = new HashMap<>();
        requests(command, RecipientRequest.ToScope.class).stream().map(RecipientRequest.ToScope::scope).distinct()
                .forEach(scope -> byScope.put(scope, directory.findMatching(command.tenantId(), scope)));
        RecipientResolver resolver = new RecipientResolver(byId, byScope, fields, phones);
        List<RecipientRequest.ToContactAddress> byAddress = requests(command, RecipientRequest.ToContactAddress.class);
        if (!byAddress.isEmpty()) {
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            byAddress.forEach(request -> channels.add(request.channel()));
            List<Address> addresses = byAddress.stream().map(request -> request.recipient().address()).distinct().toList();
            // The index finds every contact holding an address anywhere in its data; only the
            // contact fields of the tenant say which contact an address is.
            for (Contact candidate : directory.findByAddresses(command.tenantId(), addresses)) {
                for (Channel channel : channels) {
                    // The addresses the candidate is reached at on the channel, as if it were named by its id.
                    resolver.reach(new RecipientRequest.ToContact(channel, candidate.id()), candidate).recipients()
                            .forEach(recipient -> resolver.contactsByAddress.putIfAbsent(key(recipient.address()), candidate));
                }
            }
        }
        return resolver;
    }

    private static <T extends RecipientRequest> List<T> requests(SendCommand command, Class<T> type) {
        return command.recipients().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Where the request is reached, or why it is not; a request of the command the resolver was loaded for. */
    Resolution resolve(RecipientRequest request) {
        if (request instanceof RecipientRequest.ToAddress direct) {
            return new Resolution.Reached(request, List.of(new Destination(direct.recipient(), null)));
        }
        if (request instanceof RecipientRequest.ToScope toScope) {
            // A scope reaches whoever it matches that can be reached on the channel; the others are passed over.
            return new Resolution.Reached(request, scopeMatches.get(toScope.scope()).stream()
                    .flatMap(contact -> reach(request, contact).destinations().stream()).toList());
        }
        if (request instanceof RecipientRequest.ToContactAddress atAddress) {
            Contact contact = contactsByAddress.get(key(atAddress.recipient().address()));
            return contact == null
                    ? new Resolution.Refused(request, Reason.UNKNOWN_CONTACT,
                            "no contact has the address '" + atAddress.recipient().address().value() + "'")
                    : new Resolution.Reached(request, List.of(new Destination(atAddress.recipient(), contact)));
        }
        RecipientRequest.ToContact toContact = (RecipientRequest.ToContact) request;
        Contact contact = contacts.get(toContact.contactId());
        return contact == null
                ? new Resolution.Refused(request, Reason.UNKNOWN_CONTACT, "no contact has the id '" + toContact.contactId() + "'")
                : reach(request, contact);
    }

    /** Where the contact is reached on the request's channel, by the tenant's contact fields. */
    private Resolution reach(RecipientRequest request, Contact contact) {
        switch (request.channel()) {
            case EMAIL:
                return fields.emailOf(contact.data())
                        .map(email -> parsed(request, contact, () -> new EmailAddress(email), "email address"))
                        .orElseGet(() -> noAddress(request, contact, "email address"));
            case SMS:
            case WHATSAPP:
            case ZALO:
                return fields.phoneOf(contact.data())
                        .map(raw -> phones.normalize(raw, null)
                                .map(phone -> reached(request, contact, List.of(phone)))
                                .orElseGet(() -> invalid(request, contact, "phone number")))
                        .orElseGet(() -> noAddress(request, contact, "phone number"));
            case PUSH:
                return pushTokens(request, contact);
            case IN_APP:
                return reached(request, contact, List.of(new UserId(contact.id().value())));
            default:
                return noAddress(request, contact, request.channel() + " address");
        }
    }

    private Resolution pushTokens(RecipientRequest request, Contact contact) {
        List<Address> tokens = new ArrayList<>();
        for (String token : fields.pushTokensOf(contact.data())) {
            try {
                tokens.add(new PushToken(token));
            } catch (InvalidValueException ignored) {
                // A malformed token cannot reach any device; the contact's other tokens still can.
            }
        }
        return tokens.isEmpty() ? noAddress(request, contact, "push token") : reached(request, contact, tokens);
    }

    private static Resolution reached(RecipientRequest request, Contact contact, List<? extends Address> addresses) {
        return new Resolution.Reached(request, addresses.stream()
                .map(address -> new Destination(new Recipient(request.channel(), address), contact)).toList());
    }

    private static Resolution parsed(RecipientRequest request, Contact contact, Supplier<Address> parse, String what) {
        try {
            return reached(request, contact, List.of(parse.get()));
        } catch (InvalidValueException e) {
            return invalid(request, contact, what);
        }
    }

    private static Resolution invalid(RecipientRequest request, Contact contact, String what) {
        return new Resolution.Refused(request, Reason.INVALID_ADDRESS, "contact '" + contact.id() + "' has an invalid " + what);
    }

    private static Resolution noAddress(RecipientRequest request, Contact contact, String what) {
        return new Resolution.Refused(request, Reason.NO_ADDRESS, "contact '" + contact.id() + "' has no " + what);
    }

    /** Addresses compare ignoring case: people write the same email address in several. */
    private static String key(Address address) {
        return address.value().toLowerCase(Locale.ROOT);
    }
}
