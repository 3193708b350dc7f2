package switchboard.adapter.in.capillary;

import io.micronaut.http.HttpStatus;

import java.util.Objects;

/** A request the dialect refuses as a whole, before any item is read; the message is the caller's to see. */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final Fault fault;

    public RequestRefused(HttpStatus status, Fault fault, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    public HttpStatus status() {
        return status;
    }

    public Fault fault() {
        return fault;
    }
}
