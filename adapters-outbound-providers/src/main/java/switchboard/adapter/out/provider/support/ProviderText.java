package switchboard.adapter.out.provider.support;

import java.util.regex.Pattern;

/** Text from a provider, made fit for a delivery's last error: one line, of a bounded length. */
public final class ProviderText {

    static final int MAX_LENGTH = 500;

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    /** Control characters are left out: a NUL, which no PostgreSQL text column stores, would fail the record that keeps the line. */
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}");

    private ProviderText() {
    }

    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = CONTROLS.matcher(LINE_BREAKS.matcher(text.strip()).replaceAll(" ").replace('\t', ' ')).replaceAll("");
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
    }
}
