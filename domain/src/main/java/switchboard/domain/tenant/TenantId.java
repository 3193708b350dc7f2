package switchboard.domain.tenant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import static switchboard.domain.Invariants.require;

/** A tenant's identifier: lowercase letters, digits and dashes, as it appears in URLs. */
public record TenantId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final int SLUG_LENGTH = 40;

    public static final TenantId DEFAULT = new TenantId("default");

    public TenantId {
        require(value != null && FORM.matcher(value).matches(),
                "a tenant id is 1 to 63 lowercase letters, digits or dashes, starting with a letter or digit");
    }

    /** An id readable by people: the name's slug followed by a random suffix that makes it unique. */
    public static TenantId derivedFrom(String name, String suffix) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return new TenantId(slug.isEmpty() ? suffix : slug + "-" + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
