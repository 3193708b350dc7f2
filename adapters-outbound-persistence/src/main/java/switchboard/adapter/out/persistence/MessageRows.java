package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.tenant.TenantId;

/** Messages as rows: their columns, and reading them back with their attachments. */
@Singleton
class MessageRows {

    static final String COLUMNS = "id, tenant_id, origin, subject, body_text, body_html, email_from, "
            + "email_from_name, visible_to, visible_cc, headers, sender, campaign_id, test_mode, created_at";

    private final JsonColumns json;

    MessageRows(JsonColumns json) {
        this.json = json;
    }

    /** The messages of the given ids, with their attachments, by id. */
    Map<UUID, Message> load(Connection connection, Collection<UUID> ids) throws SQLException {
        Object[] parameters = ids.toArray();
        Map<UUID, List<Attachment>> attachments = new HashMap<>();
        Database.query(connection, "SELECT message_id, file_name, content_type, content_id, content FROM message_attachment "
                        + "WHERE message_id IN (" + Database.placeholders(ids.size()) + ") ORDER BY message_id, ordinal",
                row -> attachments.computeIfAbsent(Database.uuid(row, "message_id"), id -> new ArrayList<>())
                        .add(new Attachment(row.getString("file_name"), row.getString("content_type"),
                                row.getBytes("content"), row.getString("content_id"))),
                parameters);
        Map<UUID, Message> messages = new LinkedHashMap<>();
        for (Message message : Database.query(connection, "SELECT " + COLUMNS + " FROM message WHERE id IN ("
                + Database.placeholders(ids.size()) + ")", row -> message(row, attachments), parameters)) {
            messages.put(message.id().value(), message);
        }
        return messages;
    }

    private Message message(ResultSet row, Map<UUID, List<Attachment>> attachments) throws SQLException {
        UUID id = Database.uuid(row, "id");
        String from = row.getString("email_from");
        List<EmailHeader> headers = json.readArray(row.getString("headers")).stream()
                .map(header -> (Map<?, ?>) header)
                .map(header -> new EmailHeader(String.valueOf(header.get("name")), String.valueOf(header.get("value"))))
                .toList();
        EmailOptions email = new EmailOptions(from == null ? null : new EmailAddress(from), row.getString("email_from_name"),
                mailboxes(row.getString("visible_to")), mailboxes(row.getString("visible_cc")), headers,
                attachments.getOrDefault(id, List.of()));
        return new Message(new MessageId(id), new TenantId(row.getString("tenant_id")), row.getString("origin"),
                new Content(row.getString("subject"), row.getString("body_text"), row.getString("body_html")), email,
                row.getString("sender"), row.getString("campaign_id"), row.getBoolean("test_mode"),
                Database.instant(row, "created_at"));
    }

    /** The mailboxes as {@link OutboxInserts} writes them: an address alone as a string, one with a name as an object. */
    private List<Mailbox> mailboxes(String jsonArray) {
        return json.readArray(jsonArray).stream().map(mailbox -> mailbox instanceof Map<?, ?> named
                ? new Mailbox(new EmailAddress(String.valueOf(named.get("address"))), (String) named.get("name"))
                : Mailbox.of(new EmailAddress(String.valueOf(mailbox)))).toList();
    }
}
