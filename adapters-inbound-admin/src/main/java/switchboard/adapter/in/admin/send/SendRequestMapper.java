package switchboard.adapter.in.admin.send;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.tenant.TenantId;

/** Turns a validated send request into the send use case's command: one recipient per channel, in request order. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, imports = {Map.class, Optional.class, EmailOptions.class})
public interface SendRequestMapper {

    @Mapping(target = "tenantId", source = "tenantId")
    @Mapping(target = "origin", constant = "admin")
    @Mapping(target = "content", source = "request")
    @Mapping(target = "email", expression = "java(EmailOptions.NONE)")
    @Mapping(target = "recipients", source = "request")
    @Mapping(target = "channelContent", expression = "java(Map.of())")
    @Mapping(target = "sender", expression = "java(Optional.empty())")
    @Mapping(target = "notBefore", expression = "java(Optional.empty())")
    @Mapping(target = "awaitOutcome", source = "budget")
    @Mapping(target = "campaignId", expression = "java(Optional.empty())")
    @Mapping(target = "testMode", constant = "false")
    @Mapping(target = "accounts", expression = "java(Map.of())")
    @Mapping(target = "personalised", constant = "false")
    SendCommand toCommand(SendRequest request, TenantId tenantId, Duration budget);

    /** The body is HTML or plain text, as {@code isHtml} says; the subject is the email's subject and the title elsewhere. */
    default Content content(SendRequest request) {
        return request.html() ? Content.html(request.subject(), request.body()) : Content.text(request.subject(), request.body());
    }

    default List<RecipientRequest> recipients(SendRequest request) {
        return request.channels().stream()
                .map(name -> AdminChannel.named(name).orElseThrow().recipient(request))
                .toList();
    }
}
