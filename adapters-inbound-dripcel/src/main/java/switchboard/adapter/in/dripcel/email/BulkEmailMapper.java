package switchboard.adapter.in.dripcel.email;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.template.Template;
import switchboard.domain.tenant.TenantId;

/** Between Dripcel's bulk email request and the send use case. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface BulkEmailMapper {

    /** {@code Name <address>}, the other common way to write a sender. */
    Pattern NAMED_ADDRESS = Pattern.compile("\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*");

    /**
     * The template to every destination (each address once, compared ignoring case), filled
     * from each contact's data; with {@code filter_non_contacts} only to contacts.
     */
    default SendCommand command(TenantId tenantId, BulkEmailRequest request, Template template) {
        SendCommand command = SendCommand.of(tenantId, "dripcel", template.content(), recipients(request))
                .withEmail(sender(request.from())).withPersonalisation(true);
        return request.toStartAt() == null || request.toStartAt().isBlank() ? command
                : command.withNotBefore(startAt(request.toStartAt()));
    }

    private static List<RecipientRequest> recipients(BulkEmailRequest request) {
        Map<String, RecipientRequest> unique = new LinkedHashMap<>();
        for (int i = 0; i < request.destinations().size(); i++) {
            EmailAddress address = destination(i, request.destinations().get(i));
            Recipient recipient = new Recipient(Channel.EMAIL, address);
            unique.putIfAbsent(address.value().toLowerCase(Locale.ROOT), request.contactsOnly()
                    ? new RecipientRequest.ToContactAddress(recipient) : new RecipientRequest.ToAddress(recipient));
        }
        return new ArrayList<>(unique.values());
    }

    private static EmailAddress destination(int index, String address) {
        try {
            return new EmailAddress(address.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("destinations[" + index + "]: " + e.getMessage());
        }
    }

    private static EmailOptions sender(String from) {
        Matcher named = NAMED_ADDRESS.matcher(from);
        boolean hasName = named.matches();
        String address = hasName ? named.group(2).strip() : from.strip();
        String name = hasName && !named.group(1).isBlank() ? named.group(1).strip() : null;
        try {
            return new EmailOptions(new EmailAddress(address), name, List.of(), List.of(), List.of(), List.of());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("from: " + e.getMessage());
        }
    }

    private static Instant startAt(String time) {
        try {
            return OffsetDateTime.parse(time.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("to_start_at '" + time + "' is not an ISO 8601 time such as 2023-10-01T12:00:00Z");
        }
    }
}
