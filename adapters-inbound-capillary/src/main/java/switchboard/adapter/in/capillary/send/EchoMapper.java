package switchboard.adapter.in.capillary.send;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.List;

/** The items as the answer echoes them: absent text as empty strings, attachments without their data. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, imports = List.class)
public interface EchoMapper {

    @Mapping(target = "to", defaultValue = "")
    @Mapping(target = "body", defaultValue = "")
    @Mapping(target = "scheduledTime", defaultValue = "")
    @Mapping(target = "sender", defaultValue = "")
    SmsItem sms(SmsItem item);

    @Mapping(target = "scheduledTime", defaultValue = "")
    @Mapping(target = "template", defaultValue = "")
    @Mapping(target = "receiver", defaultValue = "")
    TemplateMessageItem template(TemplateMessageItem item);

    @Mapping(target = "to", source = "item.to", defaultValue = "")
    @Mapping(target = "body", source = "item.body", defaultValue = "")
    @Mapping(target = "scheduledTime", source = "item.scheduledTime", defaultValue = "")
    @Mapping(target = "cc", source = "item.cc", defaultValue = "")
    @Mapping(target = "bcc", source = "item.bcc", defaultValue = "")
    @Mapping(target = "from", source = "item.from", defaultValue = "")
    @Mapping(target = "subject", source = "item.subject", defaultValue = "")
    @Mapping(target = "fileHandler", expression = "java(List.of())")
    @Mapping(target = "attachments", source = "item.attachments.attachment", defaultExpression = "java(List.of())")
    @Mapping(target = "labelOfSender", source = "item.labelOfSender", defaultValue = "")
    @Mapping(target = "senderEmail", source = "senderEmail")
    @Mapping(target = "replyToEmail", source = "item.replyToEmail", defaultValue = "")
    EmailEcho email(EmailItem item, String senderEmail);

    List<EmailAttachment> withoutData(List<EmailAttachment> attachments);

    @Mapping(target = "fileData", ignore = true)
    EmailAttachment withoutData(EmailAttachment attachment);
}
