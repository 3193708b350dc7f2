package switchboard.adapter.in.capillary.send;

import java.util.ArrayList;
import java.util.List;

import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.StatusCode;

/** What reading and sending one item found: errors stop the item, warnings do not. */
final class ItemCheck {

    private final List<StatusCode> errors = new ArrayList<>();
    private final List<StatusCode> warnings = new ArrayList<>();

    void error(Fault fault, String message) {
        errors.add(StatusCode.error(fault, message));
    }

    void warn(Fault fault, String message) {
        warnings.add(StatusCode.warning(fault, message));
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    List<StatusCode> errors() {
        return List.copyOf(errors);
    }

    List<StatusCode> warnings() {
        return List.copyOf(warnings);
    }
}
