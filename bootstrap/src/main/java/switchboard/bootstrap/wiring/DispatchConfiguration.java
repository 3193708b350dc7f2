package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** {@code switchboard.dispatch.*}: how deliveries are sent and retried. */
@ConfigurationProperties("switchboard.dispatch")
public class DispatchConfiguration {

    /** Deliveries sent at once by this process's background workers. */
    private int concurrency = 8;
    /** Deliveries sent at once for callers that wait for the outcome (the Admin send). */
    private int expressConcurrency = 32;
    /** How long a worker holds a delivery; longer than the slowest send. */
    private Duration lease = Duration.ofMinutes(2);
    /** How often an idle worker looks for due deliveries. */
    private Duration idlePoll = Duration.ofSeconds(1);
    /** Attempts before a delivery failing for now is dead. */
    private int maxAttempts = 8;
    private Duration initialBackoff = Duration.ofSeconds(10);
    private Duration maxBackoff = Duration.ofMinutes(30);

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getExpressConcurrency() {
        return expressConcurrency;
    }

    public void setExpressConcurrency(int expressConcurrency) {
        this.expressConcurrency = expressConcurrency;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getIdlePoll() {
        return idlePoll;
    }

    public void setIdlePoll(Duration idlePoll) {
        this.idlePoll = idlePoll;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }
}
