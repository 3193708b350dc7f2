package switchboard.adapter.in.admin.send;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every requested channel is a known one, named once, and its address field is given: the
 * {@code emailAddress} for Email, the {@code phoneNumber} for Sms, and so on.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Constraint(validatedBy = {})
public @interface AddressesForChannels {

    String message() default "names known channels, each with its address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
