package switchboard.adapter.in.capillary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CapillaryStatusTest {

    @Test
    void aBatchIsASuccessAPartialSuccessOrAFailure() {
        assertThat(CapillaryStatus.ofBatch(2, 2)).isEqualTo(new CapillaryStatus(2, new StatusCode(true, "Success", 200), 2,
                List.of(), List.of(), "Success", 200, true));
        assertThat(CapillaryStatus.ofBatch(3, 1)).isEqualTo(new CapillaryStatus(3,
                new StatusCode(true, "Some requests have failed due to errors", 201), 1, List.of(), List.of(),
                "Some requests have failed due to errors", 201, true));
        assertThat(CapillaryStatus.ofBatch(3, 0)).isEqualTo(new CapillaryStatus(3,
                new StatusCode(false, "All requests have failed due to errors", 500), 0, List.of(), List.of(),
                "All requests have failed due to errors", 500, false));
    }

    @Test
    void aRefusedRequestCountsNothing() {
        assertThat(CapillaryStatus.refused(Fault.UNAUTHORIZED, "no")).isEqualTo(new CapillaryStatus(0,
                new StatusCode(false, "no", 401), 0, List.of(), List.of(), "no", 401, false));
    }
}
