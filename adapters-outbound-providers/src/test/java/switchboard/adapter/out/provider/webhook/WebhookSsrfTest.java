package switchboard.adapter.out.provider.webhook;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.domain.delivery.AttemptResult;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.webhook.Webhooks.configuration;
import static switchboard.adapter.out.provider.webhook.Webhooks.to;

/** The SSRF guard as the sender applies it: what is refused never gets a connection, and what is checked is what is connected to. */
class WebhookSsrfTest {

    private final ProviderStub stub = ProviderStub.start().answer(exchange -> Reply.json(200, "{}"));
    private final StandardWebhookSender loopbackAllowed = Webhooks.sender();
    private final StandardWebhookSender production = Webhooks.sender(withoutLoopback(), Clock.systemUTC());

    @AfterEach
    void stop() {
        loopbackAllowed.close();
        production.close();
        stub.close();
    }

    private static WebhookConfiguration withoutLoopback() {
        WebhookConfiguration configuration = configuration();
        configuration.setAllowLoopback(false);
        return configuration;
    }

    private String at(String host) {
        return "http://" + host + ":" + stub.baseUri().getPort() + "/hook";
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedUnlessLoopbackIsAllowed() {
        assertThat(production.send(to(at("hooks.example.test")), Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "the webhook URL is refused: hooks.example.test resolves to 127.0.0.1, a loopback address (127.0.0.0/8);"
                        + " webhooks are only posted to public addresses"));
        assertThat(stub.exchanges()).isEmpty();

        assertThat(loopbackAllowed.send(to(at("hooks.example.test")), Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        assertThat(stub.exchanges()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "2130706433", "0177.0.0.1", "017700000001", "0x7f000001", "127.000.000.001",
            "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::1]", "HOOKS.EXAMPLE.TEST"})
    void everySpellingOfLoopbackIsRefusedWithoutTheSwitch(String host) {
        assertThat(production.send(to(at(host)), Optional.empty())).isInstanceOfSatisfying(AttemptResult.Rejected.class,
                rejected -> assertThat(rejected.error()).contains("a loopback address"));
        assertThat(stub.exchanges()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2130706433", "0177.0.0.1", "017700000001", "0x7f000001", "127.000.000.001",
            "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "HOOKS.EXAMPLE.TEST"})
    void theAddressASpellingIsCheckedAsIsTheOneConnectedTo(String host) {
        // The stub listens on 127.0.0.1 only: reaching it shows the connection went to the address read and checked
        // (the JDK itself would read 0177.0.0.1 as 177.0.0.1).
        assertThat(loopbackAllowed.send(to(at(host)), Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        assertThat(stub.exchanges()).hasSize(1);
    }

    @Test
    void schemeAndHostInCapitalsAreReadAsInLowerCase() {
        String shouting = "HTTP://HOOKS.EXAMPLE.TEST:" + stub.baseUri().getPort() + "/hook";

        assertThat(production.send(to(shouting), Optional.empty())).isInstanceOf(AttemptResult.Rejected.class);
        assertThat(loopbackAllowed.send(to(shouting), Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        assertThat(stub.exchanges()).hasSize(1);
    }

    @Test
    void aNameResolvingToAPrivateAddressIsRefusedEvenWithLoopbackAllowed() {
        assertThat(loopbackAllowed.send(to("https://private.example.test/hook"), Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("the webhook URL is refused: private.example.test resolves to"
                        + " 10.0.0.7, a private address (10.0.0.0/8); webhooks are only posted to public addresses"));
    }

    @Test
    void aNameIsLookedUpOnceAndConnectedToAtTheAddressThatLookupGave() {
        List<String> lookups = new CopyOnWriteArrayList<>();
        HostResolver counting = name -> {
            lookups.add(name);
            return Webhooks.NAMES.resolve(name);
        };
        try (StandardWebhookSender sender = new StandardWebhookSender(configuration(), counting,
                ObjectMapper.getDefault(), Clock.systemUTC())) {
            assertThat(sender.send(to(at("hooks.example.test")), Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        }

        assertThat(lookups).containsExactly("hooks.example.test");
        assertThat(stub.exchanges()).hasSize(1);
    }

    @Test
    void aNameThatDoesNotResolveIsTriedAgainLater() {
        assertThat(loopbackAllowed.send(to("https://nowhere.example.test/hook"), Optional.empty()))
                .isInstanceOfSatisfying(AttemptResult.Deferred.class, deferred -> assertThat(deferred.error())
                        .isEqualTo("the webhook host does not resolve: nowhere.example.test"));
    }
}
