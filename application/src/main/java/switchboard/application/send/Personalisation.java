package switchboard.application.send;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import switchboard.application.template.ContentTemplate;
import switchboard.application.template.port.TemplateRenderer;
import switchboard.domain.contact.Contact;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;

import static switchboard.domain.Invariants.require;

/**
 * What the deliveries of one send say. A personalised send's content is a template: without
 * fields it is filled once and the deliveries share it; with fields, each delivery carries its
 * own content, filled from its contact's data, so every recipient must be a contact. Each
 * template is read once however many recipients it is filled for.
 */
final class Personalisation {

    private final Content messageContent;
    private final ContentTemplate messageTemplate;
    private final Map<Channel, Content> fixedChannelContent;
    private final Map<Channel, ContentTemplate> channelTemplates;

    private Personalisation(Content messageContent, ContentTemplate messageTemplate,
                            Map<Channel, Content> fixedChannelContent, Map<Channel, ContentTemplate> channelTemplates) {
        this.messageContent = messageContent;
        this.messageTemplate = messageTemplate;
        this.fixedChannelContent = fixedChannelContent;
        this.channelTemplates = channelTemplates;
    }

    /** @throws switchboard.domain.InvalidValueException if a template is malformed, or has fields and a recipient is no contact */
    static Personalisation of(SendCommand command, TemplateRenderer renderer) {
        if (!command.personalised()) {
            return new Personalisation(command.content(), null, command.channelContent(), Map.of());
        }
        Set<String> fields = new TreeSet<>();
        ContentTemplate message = ContentTemplate.compile(command.content(), renderer);
        fields.addAll(message.fields());
        Map<Channel, Content> fixed = new EnumMap<>(Channel.class);
        Map<Channel, ContentTemplate> personal = new EnumMap<>(Channel.class);
        command.channelContent().forEach((channel, content) -> {
            ContentTemplate template = ContentTemplate.compile(content, renderer);
            fields.addAll(template.fields());
            if (template.hasFields()) {
                personal.put(channel, template);
            } else {
                fixed.put(channel, template.render(Map.of()));
            }
        });
        require(fields.isEmpty() || command.recipients().stream().noneMatch(RecipientRequest.ToAddress.class::isInstance),
                "the content fills the fields %s from contact data, so it can be sent to contacts only", fields);
        return message.hasFields() ? new Personalisation(command.content(), message, fixed, personal)
                : new Personalisation(message.render(Map.of()), null, fixed, personal);
    }

    /** The message's own content: a template that has fields as it is written, else the text to send. */
    Content messageContent() {
        return messageContent;
    }

    /**
     * What a delivery on the channel says, or null when it says the message's content.
     *
     * @param contact the recipient's contact, or null for a recipient given by address alone
     */
    Content deliveryContent(Channel channel, Contact contact) {
        Content fixed = fixedChannelContent.get(channel);
        if (fixed != null) {
            return fixed;
        }
        ContentTemplate template = channelTemplates.getOrDefault(channel, messageTemplate);
        return template == null || contact == null ? null : template.render(contact.data().asMap());
    }
}
