package switchboard.application.memory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.FinishedMinute;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageFilter;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.application.message.port.MessageStore;
import switchboard.application.message.port.NewMessage;
import switchboard.application.message.port.SendToStore;
import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Content;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public final class InMemoryMessageStore implements MessageStore, DeliveryQueue, DeliveryStore, OutboxCensus {

    private final Map<MessageId, Message> messages = new LinkedHashMap<>();
    private final Map<DeliveryId, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<DeliveryId, Lease> leases = new LinkedHashMap<>();
    private final Map<DeliveryId, String> traceContexts = new LinkedHashMap<>();
    /** The deliveries' history, in the order it was recorded. */
    private final List<AttemptRecord> history = new ArrayList<>();
    /** The tenant whose delivery the last claim took last: the next claim's turns start after it. */
    private String lastQueueServed = "";

    private final SuppressionList suppressions;

    /** A store that looks the suppressed recipients of each send up in {@code suppressions}. */
    public InMemoryMessageStore(SuppressionList suppressions) {
        this.suppressions = suppressions;
    }

    @Override
    public synchronized <T> T store(SendToStore<T> send) {
        boolean storedBefore = send.fixedIds().stream().anyMatch(messages::containsKey);
        SendToStore.Composition<T> composition = send.compose(suppressions.suppressedAmong(send.tenantId(), send.recipients()),
                storedBefore);
        for (NewMessage each : composition.messages()) {
            messages.put(each.message().id(), each.message());
            for (Delivery delivery : each.deliveries()) {
                deliveries.put(delivery.id(), delivery);
                send.traceContext().ifPresent(context -> traceContexts.put(delivery.id(), context));
                if (delivery.status() == DeliveryStatus.SENDING) {
                    leases.put(delivery.id(), composition.lease().orElseThrow());
                }
            }
        }
        return composition.answer();
    }

    @Override
    public synchronized Optional<MessageRecord> find(TenantId tenantId, MessageId id) {
        return Optional.ofNullable(messages.get(id)).filter(message -> message.tenantId().equals(tenantId))
                .map(message -> new MessageRecord(message, deliveriesOf(id)));
    }

    @Override
    public synchronized List<CapturedDelivery> listCaptured(TenantId tenantId, Optional<Channel> channel, PageRequest page) {
        return deliveries.values().stream()
                .filter(delivery -> delivery.tenantId().equals(tenantId) && delivery.status() == DeliveryStatus.CAPTURED)
                .filter(delivery -> channel.map(only -> only == delivery.channel()).orElse(true))
                .sorted(Comparator.comparing(Delivery::updatedAt).reversed())
                .skip(page.offset()).limit(page.limit())
                .map(delivery -> {
                    Content content = delivery.contentOf(messages.get(delivery.messageId()));
                    return new CapturedDelivery(delivery.id(), delivery.messageId(), delivery.channel(),
                            delivery.address().value(), content.subject(), content.text(), content.html(),
                            delivery.updatedAt());
                }).toList();
    }

    @Override
    public synchronized List<MessageSummary> list(TenantId tenantId, MessageFilter filter, PageRequest page) {
        List<Message> newestFirst = new ArrayList<>(messages.values());
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(message -> message.tenantId().equals(tenantId))
                .filter(message -> filter.campaignId().map(id -> id.equals(message.campaignId())).orElse(true))
                .filter(message -> filter.origin().map(origin -> origin.equals(message.origin())).orElse(true))
                .filter(message -> filter.createdFrom().map(from -> !message.createdAt().isBefore(from)).orElse(true))
                .filter(message -> filter.createdBefore().map(before -> message.createdAt().isBefore(before)).orElse(true))
                .filter(message -> !filter.namesADelivery() || deliveriesOf(message.id()).stream().anyMatch(delivery ->
                        filter.status().map(status -> delivery.status() == status).orElse(true)
                                && filter.channel().map(channel -> delivery.channel() == channel).orElse(true)
                                && filter.recipient().map(address -> delivery.address().value().equals(address)).orElse(true)))
                .skip(page.offset()).limit(page.limit())
                .map(message -> new MessageSummary(message.id(), message.origin(), message.content().subject(),
                        message.campaignId(), message.testMode(), message.createdAt(), deliveriesOf(message.id()).stream()
                        .collect(Collectors.toMap(Delivery::status, delivery -> 1, Integer::sum))))
                .toList();
    }

    @Override
    public synchronized Optional<Integer> cancelQueued(TenantId tenantId, MessageId id, Instant now) {
        Message message = messages.get(id);
        if (message == null || !message.tenantId().equals(tenantId)) {
            return Optional.empty();
        }
        List<Delivery> queued = deliveriesOf(id).stream().filter(delivery -> delivery.status() == DeliveryStatus.QUEUED).toList();
        queued.forEach(delivery -> deliveries.put(delivery.id(), delivery.cancel(now)));
        return Optional.of(queued.size());
    }

    private List<Delivery> deliveriesOf(MessageId id) {
        return deliveries.values().stream().filter(delivery -> delivery.messageId().equals(id)).toList();
    }

    private static String queueOf(Delivery delivery) {
        return delivery.tenantId().value() + "/" + delivery.channel();
    }

    @Override
    public synchronized List<ClaimedDelivery> claimDue(Lease lease, Instant now, int limit) {
        List<Delivery> due = new ArrayList<>();
        deliveries.values().stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.SENDING && leases.get(delivery.id()).until().isBefore(now))
                .sorted(Comparator.comparing(delivery -> leases.get(delivery.id()).until()))
                .limit(limit).forEach(due::add);
        // Queued deliveries one per queue (tenant and channel) in turn, from the queue after the last one the previous
        // claim served.
        TreeMap<String, Deque<Delivery>> queued = deliveries.values().stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.QUEUED && !delivery.notBefore().isAfter(now))
                .sorted(Comparator.comparing(Delivery::notBefore))
                .collect(Collectors.groupingBy(InMemoryMessageStore::queueOf, TreeMap::new, Collectors.toCollection(ArrayDeque::new)));
        List<Deque<Delivery>> turns = new ArrayList<>(queued.tailMap(lastQueueServed, false).values());
        turns.addAll(queued.headMap(lastQueueServed, true).values());
        while (due.size() < limit && turns.stream().anyMatch(queue -> !queue.isEmpty())) {
            for (Deque<Delivery> queue : turns) {
                if (due.size() < limit && !queue.isEmpty()) {
                    due.add(queue.poll());
                    lastQueueServed = queueOf(due.get(due.size() - 1));
                }
            }
        }
        List<ClaimedDelivery> claimed = new ArrayList<>();
        for (Delivery delivery : due) {
            Delivery sending = delivery.claim(now);
            deliveries.put(sending.id(), sending);
            leases.put(sending.id(), lease);
            claimed.add(new ClaimedDelivery(sending, messages.get(sending.messageId()), lease,
                    Optional.ofNullable(traceContexts.get(sending.id()))));
        }
        return claimed;
    }

    @Override
    public synchronized Set<DeliveryId> recordAll(List<AttemptOutcome> outcomes) {
        Set<DeliveryId> refused = new HashSet<>();
        for (AttemptOutcome outcome : outcomes) {
            DeliveryId id = outcome.delivery().id();
            Delivery current = deliveries.get(id);
            if (current == null || current.status() != DeliveryStatus.SENDING || !outcome.lease().equals(leases.get(id))) {
                refused.add(id);
            } else {
                deliveries.put(id, outcome.delivery());
                leases.remove(id);
                outcome.attempt().ifPresent(history::add);
            }
        }
        return refused;
    }

    @Override
    public synchronized Optional<Delivery> find(DeliveryId id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    @Override
    public synchronized boolean replace(Delivery previous, Delivery next, Optional<AttemptRecord> entry) {
        Delivery current = deliveries.get(previous.id());
        if (current == null || current.status() != previous.status() || current.attempts() != previous.attempts()
                || !current.updatedAt().equals(previous.updatedAt())) {
            return false;
        }
        deliveries.put(next.id(), next);
        leases.remove(next.id());
        entry.ifPresent(history::add);
        return true;
    }

    @Override
    public synchronized List<AttemptRecord> history(TenantId tenantId, MessageId messageId) {
        Map<DeliveryId, List<AttemptRecord>> byDelivery = history.stream()
                .filter(entry -> entry.tenantId().equals(tenantId) && entry.messageId().equals(messageId))
                .collect(Collectors.groupingBy(AttemptRecord::deliveryId, LinkedHashMap::new, Collectors.toList()));
        return byDelivery.values().stream().flatMap(entries -> entries.stream()
                .sorted(Comparator.comparing(AttemptRecord::at).thenComparing(AttemptRecord::attempt))).toList();
    }

    /** How many history entries are stored, for assertions: none may outlive its delivery. */
    public synchronized int historySize() {
        return history.size();
    }

    @Override
    public synchronized List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page) {
        return deliveries.values().stream()
                .filter(delivery -> delivery.tenantId().equals(tenantId))
                .filter(delivery -> filter.status().map(status -> status == delivery.status()).orElse(true))
                .filter(delivery -> filter.channel().map(channel -> channel == delivery.channel()).orElse(true))
                .sorted(Comparator.comparing(Delivery::updatedAt).reversed())
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized OutboxCount count(Optional<TenantId> tenant, Instant now) {
        Map<Channel, Map<OutboxState, Long>> counts = new EnumMap<>(Channel.class);
        Optional<Instant> oldestDue = Optional.empty();
        for (Delivery delivery : deliveries.values()) {
            if (tenant.isPresent() && !tenant.get().equals(delivery.tenantId())) {
                continue;
            }
            List<OutboxState> states = switch (delivery.status()) {
                case QUEUED -> List.of(OutboxState.QUEUED, delivery.notBefore().isAfter(now) ? OutboxState.SCHEDULED : OutboxState.DUE);
                case SENDING -> List.of(OutboxState.SENDING);
                case DEAD -> List.of(OutboxState.DEAD);
                default -> List.of();
            };
            states.forEach(state -> counts.computeIfAbsent(delivery.channel(), channel -> new EnumMap<>(OutboxState.class))
                    .merge(state, 1L, Long::sum));
            if (states.contains(OutboxState.DUE) && oldestDue.map(delivery.notBefore()::isBefore).orElse(true)) {
                oldestDue = Optional.of(delivery.notBefore());
            }
        }
        return new OutboxCount(now, counts, oldestDue);
    }

    @Override
    public synchronized List<FinishedMinute> finishedSince(Optional<TenantId> tenant, Instant since) {
        record Key(Channel channel, DeliveryStatus status, Instant minute) {
        }
        return deliveries.values().stream()
                .filter(delivery -> tenant.map(delivery.tenantId()::equals).orElse(true))
                .filter(delivery -> FinishedMinute.FINISHED.contains(delivery.status()) && !delivery.updatedAt().isBefore(since))
                .collect(Collectors.groupingBy(delivery -> new Key(delivery.channel(), delivery.status(),
                        delivery.updatedAt().truncatedTo(ChronoUnit.MINUTES)), Collectors.counting()))
                .entrySet().stream()
                .map(entry -> new FinishedMinute(entry.getKey().channel(), entry.getKey().status(), entry.getKey().minute(),
                        entry.getValue()))
                .toList();
    }

    /** Every delivery in its current state, for assertions. */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries.values());
    }

    /**
     * Runs {@code work} on the stored messages and deliveries under this store's lock: the retention
     * purge's way in. The history of the deliveries it removes goes with them.
     */
    synchronized <T> T underLock(BiFunction<Map<MessageId, Message>, Map<DeliveryId, Delivery>, T> work) {
        T result = work.apply(messages, deliveries);
        history.removeIf(entry -> !deliveries.containsKey(entry.deliveryId()));
        return result;
    }
}
