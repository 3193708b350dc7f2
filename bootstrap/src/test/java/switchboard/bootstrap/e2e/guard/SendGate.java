package switchboard.bootstrap.e2e.guard;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import switchboard.application.send.SendBatchUseCase;
import switchboard.application.send.SendMessageUseCase;

/**
 * Holds a send in flight for a test: after {@link #holdNext()} the next send waits, once it has
 * begun, until {@link #release()}. Every other send passes straight through.
 */
@Singleton
@Requires(property = SendGate.ENABLED, value = "true")
public class SendGate {

    public static final String ENABLED = "test.send-gate";

    private final AtomicReference<Hold> next = new AtomicReference<>();
    private volatile Hold held;

    @Singleton
    @Requires(property = SendGate.ENABLED, value = "true")
    static class GatedSends implements BeanCreatedEventListener<SendMessageUseCase> {
        private final SendGate gate;

        GatedSends(SendGate gate) {
            this.gate = gate;
        }

        @Override
        public SendMessageUseCase onCreated(BeanCreatedEvent<SendMessageUseCase> event) {
            SendMessageUseCase send = event.getBean();
            return command -> {
                gate.pass();
                return send.send(command);
            };
        }
    }

    @Singleton
    @Requires(property = SendGate.ENABLED, value = "true")
    static class GatedBatches implements BeanCreatedEventListener<SendBatchUseCase> {
        private final SendGate gate;

        GatedBatches(SendGate gate) {
            this.gate = gate;
        }

        @Override
        public SendBatchUseCase onCreated(BeanCreatedEvent<SendBatchUseCase> event) {
            SendBatchUseCase sendBatch = event.getBean();
            return (tenantId, commands) -> {
                gate.pass();
                return sendBatch.sendAll(tenantId, commands);
            };
        }
    }

    private void pass() {
        Hold hold = next.getAndSet(null);
        if (hold != null) {
            hold.entered.countDown();
            await(hold.released);
        }
    }

    /** Makes the next send wait. */
    public void holdNext() {
        held = new Hold();
        next.set(held);
    }

    /** Returns once the held send has begun. */
    public void awaitHeld() {
        await(held.entered);
    }

    public void release() {
        held.released.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate waited 30 seconds in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Hold {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
    }
}
