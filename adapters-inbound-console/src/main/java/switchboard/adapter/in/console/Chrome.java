package switchboard.adapter.in.console;

/**
 * What the layout around every signed-in page needs: the page's title, who is signed in, which
 * tenant the pages are about and which section is open (for the navigation).
 */
public record Chrome(String title, Operator operator, String tenant, Section section) {

    /** The console's sections, in the navigation's order. */
    public enum Section {
        OVERVIEW("Overview", "overview"),
        MESSAGES("Messages", "messages"),
        CAPTURED("Captured", "captured"),
        DEAD("Dead deliveries", "dead"),
        SUPPRESSED("Suppressed", "suppressed"),
        CREDENTIALS("Credentials", "credentials");

        private final String label;
        private final String path;

        Section(String label, String path) {
            this.label = label;
            this.path = path;
        }

        public String label() {
            return label;
        }

        public String path() {
            return path;
        }
    }

    /** The URL of a section of this tenant. */
    public String href(Section target) {
        return Paths.tenant(tenant) + "/" + target.path();
    }

    public String csrfToken() {
        return operator.csrfToken();
    }
}
