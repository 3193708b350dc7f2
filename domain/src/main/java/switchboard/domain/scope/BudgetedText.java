package switchboard.domain.scope;

/**
 * A string that lets a regex read only so many characters. Java's regex engine reads its
 * input through {@link #charAt}, once per step and again on every backtrack, so counting
 * reads bounds the work of any pattern, catastrophic backtracking included.
 */
final class BudgetedText implements CharSequence {

    /** Thrown from {@link #charAt} once the budget is spent; carries no stack trace. */
    static final class Exhausted extends RuntimeException {
        private Exhausted() {
            super("regex step budget exhausted", null, false, false);
        }
    }

    private final String text;
    private final int start;
    private final int end;
    /** Shared with the slices, so that no slice gets a budget of its own. */
    private final long[] remaining;

    BudgetedText(String text, long budget) {
        this(text, 0, text.length(), new long[] {budget});
    }

    private BudgetedText(String text, int start, int end, long[] remaining) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.remaining = remaining;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length());
        }
        if (--remaining[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(start + index);
    }

    /** A slice that draws on the same budget. */
    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + length());
        }
        return new BudgetedText(text, start + from, start + to, remaining);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
