package switchboard.adapter.in.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Gives a console page's method the {@link Operator} of its session as an argument, as Micronaut
 * Security gives the {@link Authentication}: once the security filter has read the session token.
 */
@Singleton
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class OperatorArgumentBinder implements TypedRequestArgumentBinder<Operator> {

    @Override
    public Argument<Operator> argumentType() {
        return Argument.of(Operator.class);
    }

    @Override
    public BindingResult<Operator> bind(ArgumentConversionContext<Operator> context, HttpRequest<?> request) {
        if (!request.getAttributes().contains(SecurityFilter.KEY)) {
            return BindingResult.unsatisfied(); // bound again once the security filter has run
        }
        Optional<Operator> operator = request.getUserPrincipal(Authentication.class).map(Operator::of);
        return operator.isPresent() ? () -> operator : BindingResult.empty();
    }
}
