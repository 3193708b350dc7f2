package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class SuppressionListContract extends StoreContract {

    private static final Recipient TOKEN = Recipient.of(Channel.PUSH, "t".repeat(3000));
    private static final Recipient PHONE = Recipient.of(Channel.SMS, "+14155550100");

    @Test
    void findsTheSuppressedAmongManyAddressesOfTheTenant() {
        stores.suppressions().suppress(ACME, new Suppression(TOKEN, "fcm UNREGISTERED", NOW));
        stores.suppressions().suppress(GLOBEX, new Suppression(PHONE, "twilio 21610", NOW));
        List<Recipient> asked = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            asked.add(Recipient.of(Channel.PUSH, "token-" + i));
        }
        asked.add(TOKEN);
        asked.add(PHONE);

        assertThat(stores.suppressions().suppressedAmong(ACME, asked)).containsExactly(TOKEN);
        assertThat(stores.suppressions().suppressedAmong(GLOBEX, asked)).containsExactly(PHONE);
        assertThat(stores.suppressions().suppressedAmong(ACME, List.of(Recipient.of(Channel.WHATSAPP, "+14155550100"))))
                .as("the same number on another channel").isEmpty();
    }

    @Test
    void suppressingTwiceKeepsTheFirstEntry() {
        stores.suppressions().suppress(ACME, new Suppression(PHONE, "twilio 21610", NOW));
        stores.suppressions().suppress(ACME, new Suppression(PHONE, "twilio 21610 again", later(5)));

        assertThat(stores.suppressions().list(ACME, new PageRequest(0, 10)))
                .containsExactly(new Suppression(PHONE, "twilio 21610", NOW));
    }

    @Test
    void listsNewestFirstAndRemoves() {
        Suppression older = new Suppression(PHONE, "twilio 21610", NOW);
        Suppression newer = new Suppression(TOKEN, "fcm UNREGISTERED", later(1));
        stores.suppressions().suppress(ACME, older);
        stores.suppressions().suppress(ACME, newer);

        assertThat(stores.suppressions().list(ACME, new PageRequest(0, 10))).containsExactly(newer, older);
        assertThat(stores.suppressions().list(GLOBEX, new PageRequest(0, 10))).isEmpty();
        assertThat(stores.suppressions().remove(GLOBEX, PHONE)).isFalse();
        assertThat(stores.suppressions().remove(ACME, PHONE)).isTrue();
        assertThat(stores.suppressions().suppressedAmong(ACME, List.of(PHONE, TOKEN))).containsExactly(TOKEN);
    }
}
