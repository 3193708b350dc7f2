package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import switchboard.application.memory.FakeSecretSealer;
import switchboard.application.message.port.NewMessage;
import switchboard.application.message.port.SendToStore;
import switchboard.application.shared.StoreUnavailableException;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit on the real databases: sends made together share one transaction and are
 * answered after its commit, and a send the database refuses fails alone, leaving nothing of it.
 */
class SendWriterTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456Z");
    private static final int SENDS = 8;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void sendsMadeTogetherAreComposedInOneGroupAndAnsweredAfterItsCommit(String database) throws Exception {
        try (ApplicationContext context = start(database)) {
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            List<Message> messages = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                messages.add(message());
            }

            List<Future<MessageId>> answers = together(messages.size(), i -> {
                MessageId answer = store(context, messages.get(i), () -> events.add("composed"));
                events.add("answered");
                return answer;
            });

            for (int i = 0; i < SENDS; i++) {
                assertThat(answers.get(i).get()).isEqualTo(messages.get(i).id());
                assertThat(context.getBean(JdbcMessageStore.class).find(ACME, messages.get(i).id())).isPresent();
            }
            assertThat(events.subList(0, SENDS)).as("every send composed before the group's commit answers any")
                    .containsOnly("composed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aSendTheDatabaseRefusesFailsAloneAndNothingOfItIsStored(String database) throws Exception {
        try (ApplicationContext context = start(database)) {
            JdbcMessageStore store = context.getBean(JdbcMessageStore.class);
            Message first = message();
            store(context, first, () -> { });
            Message partOfTheRefused = message();
            List<Message> others = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                others.add(message());
            }

            List<Future<MessageId>> answers = together(SENDS + 1, i -> i == SENDS
                    // A second message of the same id breaks the primary key.
                    ? store.store(new SendToStore<>(ACME, List.of(), 2, suppressed -> new SendToStore.Composition<>(
                            Stream.of(partOfTheRefused, first).map(message -> new NewMessage(message, List.of())).toList(),
                            Optional.empty(), partOfTheRefused.id())))
                    : store(context, others.get(i), () -> { }));

            assertThatThrownBy(() -> answers.get(SENDS).get()).cause().isInstanceOf(DataAccessException.class);
            assertThat(store.find(ACME, partOfTheRefused.id())).isEmpty();
            for (int i = 0; i < SENDS; i++) {
                assertThat(answers.get(i).get()).isEqualTo(others.get(i).id());
                assertThat(store.find(ACME, others.get(i).id())).isPresent();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRepeatAloneWhoseFirstRequestStoresTheSameIdsMeanwhileIsAnsweredWithThem(String database) {
        try (ApplicationContext context = start(database)) {
            Message message = message();
            Recipient recipient = Recipient.of(Channel.EMAIL, "ann@example.com");
            List<Boolean> storedBefore = new ArrayList<>();

            MessageId answer = context.getBean(JdbcMessageStore.class).store(new SendToStore<>(ACME, List.of(recipient), 2,
                    List.of(message.id()), (suppressed, before) -> {
                        storedBefore.add(before);
                        List<NewMessage> composed = before ? List.of() : List.of(new NewMessage(message,
                                List.of(Delivery.queue(message.id(), ACME, recipient, NOW, NOW))));
                        if (storedBefore.size() == 1) {
                            // The first request commits the same ids after this repeat looked them up (in a transaction of
                            // its own: on the writer's thread it would join the writer's).
                            CompletableFuture.runAsync(() -> context.getBean(Database.class).write(connection -> {
                                context.getBean(OutboxInserts.class).insert(connection, List.of(new OutboxInserts.LeasedMessages(
                                        composed, Optional.empty(), Optional.empty())));
                                return null;
                            })).join();
                        }
                        return new SendToStore.Composition<>(composed, Optional.empty(), message.id());
                    }, Optional.empty()));

            assertThat(answer).isEqualTo(message.id());
            assertThat(storedBefore).as("composed again once the first request's ids were found").containsExactly(false, true);
            assertThat(context.getBean(JdbcMessageStore.class).find(ACME, message.id()).orElseThrow().deliveries()).hasSize(1);
        }
    }

    @Test
    void onceClosedAfterStoringWhatItHeldItRefusesSendsAsTheDatabaseUnavailable() throws Exception {
        try (ApplicationContext context = start("h2")) {
            Message stored = message();
            store(context, stored, () -> { });
            context.getBean(SendWriter.class).close();

            assertThat(context.getBean(JdbcMessageStore.class).find(ACME, stored.id())).isPresent();
            assertThatThrownBy(() -> store(context, message(), () -> { })).isInstanceOf(StoreUnavailableException.class);
        }
    }

    @Test
    void badSettingsStopTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new SendWriter(null, null, 0, Duration.ZERO, 100))
                .hasMessageContaining("switchboard.send.writers");
        assertThatThrownBy(() -> new SendWriter(null, null, 1, Duration.ofMillis(-1), 100))
                .hasMessageContaining("switchboard.send.group-linger");
        assertThatThrownBy(() -> new SendWriter(null, null, 1, Duration.ZERO, 0))
                .hasMessageContaining("switchboard.send.group-max-rows");
    }

    /** One writer that waits long enough for every send started together to join its group. */
    private static ApplicationContext start(String database) {
        Map<String, Object> properties = new HashMap<>(database.equals("h2") ? TestDatabases.h2Properties()
                : TestDatabases.postgresProperties());
        properties.put("switchboard.send.writers", 1);
        properties.put("switchboard.send.group-linger", "500ms");
        ApplicationContext context = ApplicationContext.builder().properties(properties)
                .singletons(Clock.systemUTC(), new FakeSecretSealer()).start();
        context.getBean(JdbcTenantStore.class).add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, NOW));
        return context;
    }

    private static <T> List<Future<T>> together(int count, Task<T> task) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            results.add(threads.submit(() -> {
                start.await();
                return task.run(index);
            }));
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return results;
    }

    private static MessageId store(ApplicationContext context, Message message, Runnable onCompose) {
        Recipient recipient = Recipient.of(Channel.EMAIL, "ann@example.com");
        return context.getBean(JdbcMessageStore.class).store(new SendToStore<>(ACME, List.of(recipient), 2, suppressed -> {
            onCompose.run();
            return new SendToStore.Composition<>(List.of(new NewMessage(message, List.of(Delivery.queue(message.id(), ACME,
                    recipient, NOW, NOW)))), Optional.empty(), message.id());
        }));
    }

    private static Message message() {
        return new Message(MessageId.generate(), ACME, "admin", Content.text("Subject", "Body"), EmailOptions.NONE, null, null,
                false, NOW);
    }

    @FunctionalInterface
    private interface Task<T> {
        T run(int index) throws Exception;
    }
}
