/**
 * The benchmarks' sizes: each has its default, the size the figures in bench/README.md were
 * measured with, and an environment variable that changes it, e.g. to check a script end to end
 * in seconds. A changed size is printed, so that such a run's figures are not taken for results.
 */
final class Sizes {

    private Sizes() {
    }

    /** The size named by an environment variable, or the default. */
    static int of(String variable, int standard) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return standard;
        }
        int size;
        try {
            size = Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(variable + " must be a whole number, not " + value);
        }
        if (size <= 0) {
            throw new IllegalArgumentException(variable + " must be positive, not " + value);
        }
        if (size != standard) {
            Report.line("%s=%,d instead of %,d: figures not comparable with bench/README.md", variable, size, standard);
        }
        return size;
    }
}
