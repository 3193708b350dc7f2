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

/** Turns a recipient request into the addresses its deliveries go to, or the reason there are none. */
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
                    resolver.addressesOf(candidate, channel).addresses()
                            .forEach(address -> resolver.contactsByAddress.putIfAbsent(key(address), candidate));
                }
            }
        }
        return resolver;
    }

    private static <T extends RecipientRequest> List<T> requests(SendCommand command, Class<T> type) {
        return command.recipients().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** An address to deliver to, and the contact it belongs to (null for an address given outright). */
    record Reached(Address address, Contact contact) {
    }

    /** Where a recipient request is reached, or why it is not. */
    record Resolution(List<Reached> reached, Reason reason, String detail) {
        static Resolution of(List<Address> addresses, Contact contact) {
            return new Resolution(addresses.stream().map(address -> new Reached(address, contact)).toList(), null, null);
        }

        static Resolution rejected(Reason reason, String detail) {
            return new Resolution(List.of(), reason, detail);
        }

        boolean rejected() {
            return reason != null;
        }

        List<Address> addresses() {
            return reached.stream().map(Reached::address).toList();
        }
    }

    Resolution resolve(RecipientRequest request) {
        if (request instanceof RecipientRequest.ToAddress direct) {
            return Resolution.of(List.of(direct.recipient().address()), null);
        }
        if (request instanceof RecipientRequest.ToScope toScope) {
            // A scope reaches whoever it matches that can be reached on the channel; the others are passed over.
            return new Resolution(scopeMatches.get(toScope.scope()).stream()
                    .flatMap(contact -> addressesOf(contact, toScope.channel()).reached().stream()).toList(), null, null);
        }
        if (request instanceof RecipientRequest.ToContactAddress atAddress) {
            Address address = atAddress.recipient().address();
            Contact contact = contactsByAddress.get(key(address));
            return contact == null
                    ? Resolution.rejected(Reason.UNKNOWN_CONTACT, "no contact has the address '" + address.value() + "'")
                    : Resolution.of(List.of(address), contact);
        }
        RecipientRequest.ToContact toContact = (RecipientRequest.ToContact) request;
        Contact contact = contacts.get(toContact.contactId());
        if (contact == null) {
            return Resolution.rejected(Reason.UNKNOWN_CONTACT, "no contact has the id '" + toContact.contactId() + "'");
        }
        return addressesOf(contact, toContact.channel());
    }

    /**
     * The resolution without the suppressed addresses. A recipient left with none is rejected; a
     * scope just reaches fewer contacts.
     */
    static Resolution withoutSuppressed(RecipientRequest request, Resolution resolution, Set<Recipient> suppressed) {
        if (suppressed.isEmpty() || resolution.rejected()) {
            return resolution;
        }
        List<Reached> kept = resolution.reached().stream()
                .filter(reached -> !suppressed.contains(new Recipient(request.channel(), reached.address()))).toList();
        if (kept.size() == resolution.reached().size()) {
            return resolution;
        }
        if (kept.isEmpty() && !(request instanceof RecipientRequest.ToScope)) {
            return Resolution.rejected(Reason.SUPPRESSED, "the provider reported " + resolution.reached().stream()
                    .map(reached -> "'" + reached.address().value() + "'").collect(Collectors.joining(", "))
                    + " gone; an admin can lift the suppression");
        }
        return new Resolution(kept, null, null);
    }

    /** Where the contact is reached on the channel, by the tenant's contact fields. */
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
                                .map(phone -> Resolution.of(List.of(phone), contact))
                                .orElseGet(() -> invalid(contact, "phone number")))
                        .orElseGet(() -> noAddress(contact, "phone number"));
            case PUSH:
                return pushTokens(contact);
            case IN_APP:
                return Resolution.of(List.of(new UserId(contact.id().value())), contact);
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
        return tokens.isEmpty() ? noAddress(contact, "push token") : Resolution.of(tokens, contact);
    }

    private static Resolution parsed(Supplier<Address> parse, Contact contact, String what) {
        try {
            return Resolution.of(List.of(parse.get()), contact);
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

    /** Addresses compare ignoring case: people write the same email address in several. */
    private static String key(Address address) {
        return address.value().toLowerCase(Locale.ROOT);
    }
}
