package switchboard.domain.scope;

/** The four ordering operators; what they compare is {@link Comparables}' business. */
public enum Comparison {
    GT("$gt"), GTE("$gte"), LT("$lt"), LTE("$lte");

    private final String operator;

    Comparison(String operator) {
        this.operator = operator;
    }

    public String operator() {
        return operator;
    }

    /** Whether a value holds the comparison, given {@code value.compareTo(bound)}. */
    boolean holds(int order) {
        return switch (this) {
            case GT -> order > 0;
            case GTE -> order >= 0;
            case LT -> order < 0;
            case LTE -> order <= 0;
        };
    }
}
