package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.message.port.NewMessage;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.event.Event;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.message.Message;
import switchboard.domain.tenant.TenantId;

/**
 * Inserts the rows of stored sends: their messages, attachments and deliveries, and the callers'
 * sealed accounts; the entries of the deliveries' history, with the outcomes they record; and the
 * events of all these changes, for the tenants' endpoints that want them. A
 * table given many rows at once gets them through PostgreSQL's {@code COPY}, its bulk path, which
 * costs less per row than the statements of a JDBC batch; H2, which has no such path, and a few
 * rows get a JDBC batch.
 */
@Singleton
public class OutboxInserts {

    /** From this many rows for one table, COPY's extra round trip (it waits for the server's go-ahead) pays for itself. */
    static final int COPY_FROM_ROWS = 64;

    /** Rows sent in one JDBC batch at most: the driver holds every batched row's parameters until the batch is sent. */
    static final int BATCH_ROWS = 1_000;

    /** Events in one entry of an endpoint's queue at most: a round reads its entries whole. */
    static final int EVENTS_PER_QUEUE_ENTRY = 1_000;

    private static final String MESSAGE_JSON_COLUMNS = "visible_to, visible_cc, headers";
    private static final String DELIVERY_COLUMNS = DeliveryRows.COLUMNS + ", lease_owner, lease_until, trace_context";

    private final SqlDialect dialect;
    private final JsonColumns json;

    public OutboxInserts(Database database, JsonColumns json) {
        this.dialect = database.dialect();
        this.json = json;
    }

    /** Inserts several sends' messages with their deliveries, each send's claimed deliveries under its own lease. */
    void insert(Connection connection, List<LeasedMessages> sends) throws SQLException {
        List<Object[]> messageRows = new ArrayList<>();
        List<Object[]> attachmentRows = new ArrayList<>();
        List<Object[]> deliveryRows = new ArrayList<>();
        List<Object[]> credentialRows = new ArrayList<>();
        for (LeasedMessages send : sends) {
            for (NewMessage each : send.messages()) {
                messageRows.add(messageRow(each.message()));
                List<Attachment> attachments = each.message().email().attachments();
                for (int i = 0; i < attachments.size(); i++) {
                    Attachment attachment = attachments.get(i);
                    attachmentRows.add(new Object[]{each.message().id().value(), i, attachment.fileName(),
                            attachment.contentType(), attachment.contentId(), attachment.content()});
                }
                for (Delivery delivery : each.deliveries()) {
                    deliveryRows.add(deliveryRow(delivery, delivery.status() == DeliveryStatus.SENDING ? send.lease()
                            : Optional.empty(), send.traceContext()));
                    delivery.credentials().ifPresent(sealed -> credentialRows.add(new Object[]{delivery.id().value(),
                            sealed.sealed()}));
                }
            }
        }
        // Parents first: attachments and deliveries name their message, credentials their delivery.
        write(connection, "message", MessageRows.COLUMNS, MESSAGE_JSON_COLUMNS, messageRows);
        write(connection, "message_attachment", "message_id, ordinal, file_name, content_type, content_id, content", "",
                attachmentRows);
        write(connection, "delivery", DELIVERY_COLUMNS, "", deliveryRows);
        write(connection, "delivery_credentials", "delivery_id, sealed", "", credentialRows);
        insertEvents(connection, sends.stream().flatMap(send -> send.messages().stream()).map(each -> each.message().tenantId())
                .collect(Collectors.toSet()), () -> sends.stream().flatMap(send -> send.messages().stream())
                .flatMap(each -> Stream.concat(Stream.of(Event.accepted(each.message())), each.deliveries().stream()
                        .flatMap(delivery -> Event.of(delivery, Optional.empty()).stream()))));
    }

    /**
     * Stores the events for the endpoints of their tenants that want them, and queues them for those
     * endpoints, in the caller's transaction. The events are only made, and nothing is written, for
     * tenants with endpoints: for the others this costs one lookup.
     */
    void insertEvents(Connection connection, Collection<TenantId> tenants, Events events)
            throws SQLException {
        Map<TenantId, List<EventRows.Interest>> interests = EventRows.interests(connection, tenants);
        if (interests.isEmpty()) {
            return;
        }
        List<Object[]> eventRows = new ArrayList<>();
        Map<UUID, List<UUID>> queued = new LinkedHashMap<>();
        events.make().forEach(event -> {
            boolean wanted = false;
            for (EventRows.Interest interest : interests.getOrDefault(event.tenantId(), List.of())) {
                if (interest.wants(event.type())) {
                    queued.computeIfAbsent(interest.endpointId(), endpoint -> new ArrayList<>()).add(event.id());
                    wanted = true;
                }
            }
            if (wanted) {
                eventRows.add(EventRows.row(event));
            }
        });
        write(connection, EventRows.TABLE, EventRows.COLUMNS, "", eventRows);
        for (Map.Entry<UUID, List<UUID>> endpoint : queued.entrySet()) {
            queue(connection, endpoint.getKey(), endpoint.getValue());
        }
    }

    /**
     * Queues the events for the endpoint after those waiting, in their order: an entry holds up to
     * {@link #EVENTS_PER_QUEUE_ENTRY} of them, so that a transaction's events cost a row or a few
     * rather than one each.
     */
    void queue(Connection connection, UUID endpointId, List<UUID> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        List<Object[]> entries = new ArrayList<>();
        for (int from = 0; from < eventIds.size(); from += EVENTS_PER_QUEUE_ENTRY) {
            List<UUID> entry = eventIds.subList(from, Math.min(eventIds.size(), from + EVENTS_PER_QUEUE_ENTRY));
            entries.add(new Object[]{endpointId, Database.uuidArray(connection, entry)});
        }
        batch(connection, "event_queue", "endpoint_id, event_ids", "", entries);
    }

    /**
     * Adds the entries to their deliveries' history, in the caller's transaction: one JDBC batch, or
     * COPY on PostgreSQL when there are many, never a statement per entry.
     */
    void insertHistory(Connection connection, List<AttemptRecord> entries) throws SQLException {
        insertRows(connection, AttemptRows.TABLE, AttemptRows.COLUMNS, entries.stream().map(AttemptRows::row).toList());
    }

    /** Makes the events of a transaction's changes, only when some endpoint may want them. */
    @FunctionalInterface
    interface Events {
        Stream<Event> make() throws SQLException;
    }

    /**
     * A send's messages, the lease its deliveries already being sent are stored under, and the trace context its
     * deliveries keep.
     */
    record LeasedMessages(List<NewMessage> messages, Optional<Lease> lease, Optional<String> traceContext) {
    }

    private Object[] messageRow(Message message) {
        EmailOptions email = message.email();
        return new Object[]{message.id().value(), message.tenantId().value(), message.origin(),
                message.content().subject(), message.content().text(), message.content().html(),
                email.from() == null ? null : email.from().value(), email.fromName(),
                json.write(mailboxes(email.visibleTo())), json.write(mailboxes(email.visibleCc())),
                json.write(email.headers().stream().map(header -> Map.of("name", header.name(), "value", header.value()))
                        .toList()),
                message.sender(), message.campaignId(), message.testMode(), message.createdAt()};
    }

    private static Object[] deliveryRow(Delivery delivery, Optional<Lease> held, Optional<String> traceContext) {
        Optional<Content> own = delivery.ownContent();
        return new Object[]{delivery.id().value(), delivery.messageId().value(), delivery.tenantId().value(),
                delivery.channel().name(), delivery.address().value(), delivery.status().name(), delivery.attempts(),
                delivery.notBefore(), delivery.lastError().orElse(null), delivery.providerRef().orElse(null),
                delivery.updatedAt(), own.isPresent(), own.map(Content::subject).orElse(null),
                own.map(Content::text).orElse(null), own.map(Content::html).orElse(null),
                held.map(Lease::owner).orElse(null), held.map(Lease::until).orElse(null), traceContext.orElse(null)};
    }

    /** Inserts rows into a table without JSON columns, in the caller's transaction, as the outbox's rows are. */
    void insertRows(Connection connection, String table, String columns, List<Object[]> rows) throws SQLException {
        write(connection, table, columns, "", rows);
    }

    private void write(Connection connection, String table, String columns, String jsonColumns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (dialect == SqlDialect.POSTGRESQL && rows.size() >= COPY_FROM_ROWS) {
            PostgresCopy.copy(connection, table, columns, rows);
        } else {
            batch(connection, table, columns, jsonColumns, rows);
        }
    }

    private void batch(Connection connection, String table, String columns, String jsonColumns, List<Object[]> rows)
            throws SQLException {
        Set<String> json = Set.of(jsonColumns.split(", "));
        String markers = Arrays.stream(columns.split(", "))
                .map(column -> json.contains(column) ? dialect.jsonParameter() : "?").collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table + " (" + columns
                + ") VALUES (" + markers + ")")) {
            int batched = 0;
            for (Object[] row : rows) {
                Database.bind(statement, row);
                statement.addBatch();
                if (++batched == BATCH_ROWS) {
                    statement.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                statement.executeBatch();
            }
        }
    }

    /** Each mailbox as its address alone, a string as before names were kept, or with its name as an object. */
    private static List<Object> mailboxes(List<Mailbox> mailboxes) {
        return mailboxes.stream().map(mailbox -> mailbox.name() == null ? (Object) mailbox.address().value()
                : Map.of("address", mailbox.address().value(), "name", mailbox.name())).toList();
    }
}
