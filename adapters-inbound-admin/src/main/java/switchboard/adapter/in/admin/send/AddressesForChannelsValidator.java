package switchboard.adapter.in.admin.send;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Singleton
class AddressesForChannelsValidator implements ConstraintValidator<AddressesForChannels, SendRequest> {

    @Override
    public boolean isValid(SendRequest request, AnnotationValue<AddressesForChannels> annotation,
                           ConstraintValidatorContext context) {
        if (request == null || request.channels() == null) {
            return true;
        }
        List<String> problems = new ArrayList<>();
        Set<AdminChannel> seen = new HashSet<>();
        for (String name : request.channels()) {
            Optional<AdminChannel> channel = AdminChannel.named(name);
            if (channel.isEmpty()) {
                problems.add("channels: '" + name + "' is not one of " + AdminChannel.NAMES);
            } else if (!seen.add(channel.get())) {
                problems.add("channels: " + channel.get().apiName() + " is named twice");
            } else if (!channel.get().hasAddress(request)) {
                problems.add(channel.get().addressField() + " is required when the channels include " + channel.get().apiName());
            }
        }
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach(problem -> context.buildConstraintViolationWithTemplate(problem).addConstraintViolation());
        return false;
    }
}
