package switchboard.adapter.in.console;

import java.util.Arrays;
import java.util.List;

/**
 * What the layout around every signed-in page needs: the page's title, who is signed in, which
 * tenant the pages are about and which section is open (for the navigation).
 */
public record Chrome(String title, Operator operator, String tenant, Section section) {

    /** The console's sections, in the navigation's order. */
    public enum Section {
        OVERVIEW("Overview", "overview", false),
        MESSAGES("Messages", "messages", false),
        CAPTURED("Captured", "captured", false),
        DEAD("Dead deliveries", "dead", false),
        SUPPRESSED("Suppressed", "suppressed", false),
        TEMPLATES("Templates", "templates", false),
        CONTACTS("Contacts", "contacts", false),
        CREDENTIALS("Credentials", "credentials", false),
        PROVIDERS("Providers", "providers", false),
        EVENTS("Events", "events", false),
        TENANTS("Tenants", "tenants", true);

        private final String label;
        private final String path;
        private final boolean platformWide;

        Section(String label, String path, boolean platformWide) {
            this.label = label;
            this.path = path;
            this.platformWide = platformWide;
        }

        public String label() {
            return label;
        }

        public String path() {
            return path;
        }
    }

    /** The sections this admin may open: those about every tenant are the platform admin's. */
    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(section -> !section.platformWide || operator.platformAdmin()).toList();
    }

    /** The URL of a section of this tenant, or of the platform's. */
    public String href(Section target) {
        return (target.platformWide ? Paths.ROOT : Paths.tenant(tenant)) + "/" + target.path();
    }

    public String csrfToken() {
        return operator.csrfToken();
    }
}
