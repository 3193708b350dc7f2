package switchboard.application.shared;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads that never keep the process alive, named for what they do. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code prefix} and a count when the prefix ends in a dash, else the prefix alone. */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }
}
