package switchboard.adapter.in.capillary;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The {@code status} of every answer of the dialect. For a batch: code 200 when every item was
 * accepted, 201 (Capillary's "some requests have failed") when some were, 500 (Capillary's "all
 * requests have failed", with {@code success: false}) when none was. For a refused request:
 * the fault's code, with nothing counted.
 *
 * @param warnings             request-level warnings; item warnings are on the items
 * @param warningsAsStatusCode the same as {@code {status, message, code}}
 */
@Serdeable
public record CapillaryStatus(int count, StatusCode statusCode, int successCount, List<String> warnings,
                              List<StatusCode> warningsAsStatusCode, String message, int code, boolean success) {

    public static final String SUCCESS = "Success";
    public static final String SOME_FAILED = "Some requests have failed due to errors";
    public static final String ALL_FAILED = "All requests have failed due to errors";

    public static CapillaryStatus ofBatch(int count, int successCount) {
        if (successCount == count) {
            return of(count, successCount, 200, SUCCESS, true);
        }
        return successCount > 0 ? of(count, successCount, 201, SOME_FAILED, true) : of(count, 0, 500, ALL_FAILED, false);
    }

    public static CapillaryStatus refused(Fault fault, String message) {
        return of(0, 0, fault.code(), message, false);
    }

    private static CapillaryStatus of(int count, int successCount, int code, String message, boolean success) {
        return new CapillaryStatus(count, new StatusCode(success, message, code), successCount, List.of(), List.of(), message,
                code, success);
    }
}
