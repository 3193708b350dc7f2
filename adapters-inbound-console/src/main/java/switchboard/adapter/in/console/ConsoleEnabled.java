package switchboard.adapter.in.console;

/** The setting that turns the console off (on by default): every bean of the console requires it not to be false. */
public final class ConsoleEnabled {

    public static final String PROPERTY = "switchboard.console.enabled";

    private ConsoleEnabled() {
    }
}
