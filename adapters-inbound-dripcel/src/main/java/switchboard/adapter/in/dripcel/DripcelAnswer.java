package switchboard.adapter.in.dripcel;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/** Dripcel's envelope around every answer: {@code {ok: true, data}} or {@code {ok: false, error}}. */
@Serdeable
public record DripcelAnswer<T>(boolean ok, T data, String error) {

    public static <T> DripcelAnswer<T> ok(T data) {
        return new DripcelAnswer<>(true, data, null);
    }

    public static MutableHttpResponse<DripcelAnswer<Void>> failure(HttpStatus status, String error) {
        return HttpResponse.<DripcelAnswer<Void>>status(status).body(new DripcelAnswer<>(false, null, error));
    }
}
