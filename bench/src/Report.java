import java.lang.System.Logger.Level;

/** What the benchmarks print, through the platform logger: SLF4J and logback, from the gateway's jar on the classpath. */
final class Report {

    private static final System.Logger LOG = System.getLogger("bench");

    private Report() {
    }

    /** One line (or a table, whose lines follow the first), formatted as {@link String#format}. */
    static void line(String format, Object... arguments) {
        LOG.log(Level.INFO, String.format(format, arguments));
    }
}
