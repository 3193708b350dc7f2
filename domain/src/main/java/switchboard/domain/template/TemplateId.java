package switchboard.domain.template;

import static switchboard.domain.Invariants.require;

/** A template's id, chosen by the tenant (e.g. {@code template123}). */
public record TemplateId(String value) {

    public TemplateId {
        require(value != null && value.matches("[A-Za-z0-9._-]{1,100}"),
                "a template id is 1 to 100 letters, digits, dots, dashes or underscores");
    }

    @Override
    public String toString() {
        return value;
    }
}
