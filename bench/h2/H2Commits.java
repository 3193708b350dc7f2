import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What H2's settings do to its file and its commits, with plain JDBC on a file database in a
 * temporary directory, on the outbox's pattern: insert a row and commit, later update it and
 * commit, and every 500 rows delete those that fell out of a window of live rows.
 *
 * <pre>
 * java -cp bootstrap/target/switchboard.jar bench/h2/H2Commits.java growth SETTINGS SENDS THREADS LIVE
 * java -cp bootstrap/target/switchboard.jar bench/h2/H2Commits.java kill SETTINGS ROUNDS
 * </pre>
 *
 * SETTINGS is what follows the file name in the URL, e.g. {@code ";WRITE_DELAY=0;RETENTION_TIME=0"}.
 * {@code growth} prints the file's size every 10,000 sends, then the commits a second and the size
 * before and after H2 closes the file. {@code kill} runs the same pattern in a child process,
 * SIGKILLs it at a random moment 0.3 to 2 s after it started, and starts the next child on the file
 * the kill left, which first checks that the last row whose commit had returned is there; it stops at
 * the first loss or at a file H2 cannot open.
 */
public class H2Commits {

    private static final System.Logger LOG = System.getLogger("bench");

    private static final String BODY = "x".repeat(400);
    private static final int UPDATE_LAG = 100;
    private static final int DELETE_EVERY = 500;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "growth" -> growth(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "kill" -> kill(args[1], Integer.parseInt(args[2]));
            case "child" -> child(args[1], Long.parseLong(args[2]));
            default -> throw new IllegalArgumentException("growth, kill: " + args[0]);
        }
    }

    private static void growth(String settings, int sends, int threads, int live) throws Exception {
        Path dir = Files.createTempDirectory("h2-commits");
        Path file = dir.resolve("db.mv.db");
        String url = "jdbc:h2:file:" + dir + "/db" + settings;
        try (Connection first = DriverManager.getConnection(url, "sa", "")) {
            createTable(first);
            AtomicLong next = new AtomicLong();
            AtomicLong commits = new AtomicLong();
            long start = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread writer = new Thread(() -> {
                    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                        Outbox outbox = new Outbox(c, live);
                        for (long id; (id = next.getAndIncrement()) < sends; ) {
                            commits.addAndGet(outbox.send(id));
                            if (id % 10_000 == 0) {
                                report("%,9d sends %6.1f s  file %7.1f MB", id, seconds(start), megabytes(file));
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            Thread housekeeper = housekeeper(first);
            for (Thread writer : writers) {
                writer.join();
            }
            if (housekeeper != null) {
                housekeeper.interrupt();
                housekeeper.join();
            }
            double elapsed = seconds(start);
            report("%s, %d threads, %,d live rows: %,d commits in %.1f s, %,.0f a second; file %.1f MB",
                    settings, threads, live, commits.get(), elapsed, commits.get() / elapsed, megabytes(file));
        }
        report("after H2 closed it: file %.1f MB", megabytes(file));
    }

    /**
     * With {@code -Dcompact=FILL_RATE}, a thread that asks the store every second to rewrite its
     * chunks filled below FILL_RATE percent (what H2's background writer does, which does not run
     * with {@code WRITE_DELAY=0}); none without.
     */
    private static Thread housekeeper(Connection connection) {
        Integer fillRate = Integer.getInteger("compact");
        if (fillRate == null) {
            return null;
        }
        org.h2.mvstore.MVStore store = ((org.h2.engine.SessionLocal) ((org.h2.jdbc.JdbcConnection) connection).getSession())
                .getDatabase().getStore().getMvStore();
        Thread housekeeper = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                store.compact(fillRate, 16 * 1024 * 1024);
            }
        });
        housekeeper.start();
        return housekeeper;
    }

    private static void kill(String settings, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("h2-kill");
        String url = "jdbc:h2:file:" + dir + "/db" + settings;
        Random random = new Random(42);
        long acknowledged = -1;
        // The children start as this process did (a compiled class or this source file), with their own arguments.
        List<String> launchedAs = new ArrayList<>();
        launchedAs.add(ProcessHandle.current().info().command().orElseThrow());
        for (String argument : ProcessHandle.current().info().arguments().orElseThrow()) {
            if (argument.equals("kill")) {
                break;
            }
            launchedAs.add(argument);
        }
        for (int round = 0; round <= rounds; round++) {
            List<String> command = new ArrayList<>(launchedAs);
            command.addAll(List.of("child", url, Long.toString(acknowledged)));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String check = out.readLine();
            report("start %2d: %s, file %.1f MB", round, check, megabytes(dir.resolve("db.mv.db")));
            if (check == null || !check.startsWith("found")) {
                child.destroyForcibly();
                throw new IllegalStateException("round " + round + ": " + (check == null ? "H2 could not open the file" : check));
            }
            if (round == rounds) {
                child.destroyForcibly();
                break;
            }
            long killAt = System.nanoTime() + (300 + random.nextInt(1_700)) * 1_000_000L;
            String line;
            while (System.nanoTime() < killAt && (line = out.readLine()) != null) {
                acknowledged = Long.parseLong(line);
            }
            // SIGKILL by hand: Process.destroyForcibly() would also close the pipe still to be read.
            new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
            child.waitFor();
            while ((line = out.readLine()) != null) {
                acknowledged = Long.parseLong(line);
            }
        }
        report("%s: %d SIGKILLs, every row whose commit had returned found after each", settings, rounds);
    }

    /**
     * Checks that row {@code expected} is there, then sends until killed, writing each id to the
     * pipe its parent reads (standard output) once its commit returned.
     */
    private static void child(String url, long expected) throws Exception {
        PrintStream pipe = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            createTable(c);
            long next = 0;
            if (expected >= 0) {
                try (Statement s = c.createStatement();
                     ResultSet found = s.executeQuery("select count(*) from message where id = " + expected)) {
                    found.next();
                    if (found.getLong(1) != 1) {
                        pipe.println("lost " + expected);
                        return;
                    }
                }
                try (Statement s = c.createStatement(); ResultSet max = s.executeQuery("select max(id) from message")) {
                    max.next();
                    next = max.getLong(1) + 1;
                }
            }
            pipe.println("found " + expected);
            Outbox outbox = new Outbox(c, 10_000);
            for (long id = next; ; id++) {
                outbox.send(id);
                pipe.println(id);
            }
        }
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists message(id bigint primary key, status varchar(20), body varchar(600))");
            s.execute("create index if not exists message_status on message(status, id)");
        }
    }

    /** One connection's sends: each insert commits before {@link #send} returns, as the gateway's answer waits for it. */
    private static final class Outbox {
        private final Connection c;
        private final int live;
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement delete;

        Outbox(Connection c, int live) throws SQLException {
            this.c = c;
            this.live = live;
            c.setAutoCommit(false);
            insert = c.prepareStatement("insert into message values (?, 'queued', ?)");
            update = c.prepareStatement("update message set status = 'sent' where id = ?");
            delete = c.prepareStatement("delete from message where id >= ? and id < ?");
        }

        /** Returns the number of commits made. */
        int send(long id) throws SQLException {
            insert.setLong(1, id);
            insert.setString(2, BODY);
            insert.executeUpdate();
            c.commit();
            update.setLong(1, id - UPDATE_LAG);
            update.executeUpdate();
            c.commit();
            if (id % DELETE_EVERY == 0 && id >= live) {
                delete.setLong(1, id - live - DELETE_EVERY);
                delete.setLong(2, id - live);
                delete.executeUpdate();
                c.commit();
                return 3;
            }
            return 2;
        }
    }

    private static void report(String format, Object... arguments) {
        LOG.log(Level.INFO, String.format(format, arguments));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double megabytes(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) / 1e6 : 0;
    }
}
