package switchboard.adapter.in.capillary.send;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapillaryChannelTest {

    @Test
    void channelsAreReadInAnyCaseAndSmsIsTheDefault() {
        assertThat(CapillaryChannel.named("WhatsApp")).contains(CapillaryChannel.WHATSAPP);
        assertThat(CapillaryChannel.named(" EMAIL ")).contains(CapillaryChannel.EMAIL);
        assertThat(CapillaryChannel.named("zalo")).contains(CapillaryChannel.ZALO);
        assertThat(CapillaryChannel.named(null)).contains(CapillaryChannel.SMS);
        assertThat(CapillaryChannel.named("")).contains(CapillaryChannel.SMS);
        assertThat(CapillaryChannel.named("fax")).isEmpty();
    }
}
