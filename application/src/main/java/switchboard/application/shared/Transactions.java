package switchboard.application.shared;

import java.util.function.Supplier;

/** Runs work as one transaction: every store write in it is kept, or none when it throws. */
public interface Transactions {

    <T> T inOne(Supplier<T> work);
}
