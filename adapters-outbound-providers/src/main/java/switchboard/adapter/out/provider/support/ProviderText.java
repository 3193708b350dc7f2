package switchboard.adapter.out.provider.support;

/** Text from a provider, made fit for a delivery's last error: one line, of a bounded length. */
public final class ProviderText {

    static final int MAX_LENGTH = 500;

    private ProviderText() {
    }

    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
    }
}
