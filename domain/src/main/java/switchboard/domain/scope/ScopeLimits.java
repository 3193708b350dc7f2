package switchboard.domain.scope;

import switchboard.domain.InvalidValueException;

import static switchboard.domain.Invariants.require;

/**
 * How much a scope may ask, so that one tenant's query cannot stall the gateway.
 *
 * @param maxDepth        how deeply the scope's JSON may nest; each object or array is a level
 * @param maxNodes        how many JSON values the scope may hold, counting every object, array
 *                        and scalar (the entries of an {@code $in} list count one each)
 * @param maxRegexLength  the longest {@code $regex} pattern, in characters
 * @param regexStepBudget how many characters one regex match may read (re-reads included)
 *                        before the match is abandoned and the scope refused
 */
public record ScopeLimits(int maxDepth, int maxNodes, int maxRegexLength, long regexStepBudget) {

    /** Room for any hand-written scope; a match stops after about a million character reads. */
    public static final ScopeLimits DEFAULT = new ScopeLimits(16, 500, 500, 1_000_000);

    /** @throws InvalidValueException when a bound is not positive */
    public ScopeLimits {
        require(maxDepth >= 1, "a scope's maxDepth must be at least 1");
        require(maxNodes >= 1, "a scope's maxNodes must be at least 1");
        require(maxRegexLength >= 1, "a scope's maxRegexLength must be at least 1");
        require(regexStepBudget >= 1, "a scope's regexStepBudget must be at least 1");
    }
}
