package switchboard.domain.scope;

import switchboard.domain.InvalidValueException;

/**
 * A scope cannot be used: it is malformed, asks for something scopes never do (run code),
 * crosses a bound, or holds a regex that ran out of steps. The message names the operator
 * or the field path at fault, for the caller who wrote the scope.
 */
public final class InvalidScopeException extends InvalidValueException {

    public InvalidScopeException(String message) {
        super(message);
    }
}
