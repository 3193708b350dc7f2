package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;

import switchboard.domain.scope.ScopeLimits;

/** {@code switchboard.scope.*}: how large and costly a Sift-style scope may be. */
@ConfigurationProperties("switchboard.scope")
public class ScopeConfiguration {

    private int maxDepth = ScopeLimits.DEFAULT.maxDepth();
    private int maxNodes = ScopeLimits.DEFAULT.maxNodes();
    private int maxRegexLength = ScopeLimits.DEFAULT.maxRegexLength();
    private long regexStepBudget = ScopeLimits.DEFAULT.regexStepBudget();

    public int getMaxDepth() {
        return maxDepth;
    }

    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public int getMaxNodes() {
        return maxNodes;
    }

    public void setMaxNodes(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    public int getMaxRegexLength() {
        return maxRegexLength;
    }

    public void setMaxRegexLength(int maxRegexLength) {
        this.maxRegexLength = maxRegexLength;
    }

    public long getRegexStepBudget() {
        return regexStepBudget;
    }

    public void setRegexStepBudget(long regexStepBudget) {
        this.regexStepBudget = regexStepBudget;
    }

    ScopeLimits limits() {
        return new ScopeLimits(maxDepth, maxNodes, maxRegexLength, regexStepBudget);
    }
}
