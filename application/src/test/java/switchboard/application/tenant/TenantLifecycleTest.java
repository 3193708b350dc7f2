package switchboard.application.tenant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.credential.CreateCredentialCommand;
import switchboard.application.credential.CreateCredentialService;
import switchboard.application.dispatch.Senders;
import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.memory.SettableClock;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendResult;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.TenantSuspendedException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.application.memory.Eventually.waitFor;

class TenantLifecycleTest {

    private static final TenantId ACME = Gateway.TENANT;

    private final RecordingEmailSender email = new RecordingEmailSender();
    private final Gateway gateway = new Gateway(Senders.email(email));
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final SuspendTenantService suspend = new SuspendTenantService(gateway.stores.tenants(),
            gateway.stores.credentials(), clock);
    private final ResumeTenantService resume = new ResumeTenantService(gateway.stores.tenants());
    private final DeleteTenantService deletion = new DeleteTenantService(gateway.stores.tenants(), gateway.stores.credentials());

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aSuspendedTenantSendsNothingNewButWhatItSentBeforeGoesOut() throws Exception {
        SendResult before = gateway.send.send(send("before@example.com"));

        assertThat(suspend.suspend(ACME).suspendedAt()).contains(clock.instant());
        assertThatThrownBy(() -> gateway.send.send(send("during@example.com"))).isInstanceOf(TenantSuspendedException.class)
                .hasMessageContaining("suspended");
        gateway.worker.start();
        waitFor(() -> gateway.stores.messages().deliveries().get(0).status() == DeliveryStatus.SENT);
        assertThat(gateway.stores.messages().deliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.messageId()).isEqualTo(before.messageId().orElseThrow()));

        assertThat(resume.resume(ACME).suspended()).isFalse();
        assertThat(gateway.send.send(send("after@example.com")).messageId()).isPresent();
    }

    @Test
    void suspendingAndResumingTwiceChangeNothingMore() {
        Instant first = suspend.suspend(ACME).suspendedAt().orElseThrow();
        clock.advance(Duration.ofMinutes(1));

        assertThat(suspend.suspend(ACME).suspendedAt()).contains(first);
        resume.resume(ACME);
        assertThat(resume.resume(ACME).suspended()).isFalse();
        assertThatThrownBy(() -> suspend.suspend(new TenantId("initech"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resume.resume(new TenantId("initech"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTenantOfAPlatformAdminIsNeitherSuspendedNorDeleted() {
        new InitializeGatewayService(gateway.stores.tenants(), gateway.stores.credentials(), new FakePasswordHasher(), clock)
                .initialize("root", Optional.of("a long enough password"), false);

        assertThatThrownBy(() -> suspend.suspend(TenantId.DEFAULT)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("platform admin");
        assertThatThrownBy(() -> deletion.delete(TenantId.DEFAULT)).isInstanceOf(ConflictException.class);
        assertThat(gateway.stores.tenants().find(TenantId.DEFAULT).orElseThrow().suspended()).isFalse();
    }

    @Test
    void aTenantIsDeletedOnceNothingOfItIsQueued() throws Exception {
        new CreateCredentialService(gateway.stores.tenants(), gateway.stores.credentials(), new FakePasswordHasher(), clock)
                .create(new CreateCredentialCommand(ACME, CredentialType.FLIPLET_TOKEN, null, null, Set.of(), Map.of()));
        gateway.send.send(send("queued@example.com"));

        assertThatThrownBy(() -> deletion.delete(ACME)).isInstanceOf(ConflictException.class).hasMessageContaining("queued");
        assertThat(gateway.stores.tenants().find(ACME)).isPresent();

        gateway.worker.start();
        waitFor(() -> gateway.stores.messages().deliveries().get(0).status() == DeliveryStatus.SENT);
        deletion.delete(ACME);

        assertThat(gateway.stores.tenants().find(ACME)).isEmpty();
        assertThat(gateway.stores.credentials().list(ACME)).isEmpty();
        assertThat(gateway.stores.messages().deliveries()).isEmpty();
        assertThatThrownBy(() -> deletion.delete(ACME)).isInstanceOf(NotFoundException.class);
    }

    private static SendCommand send(String address) {
        return SendCommand.of(ACME, "test", Content.text("Hello", "Body"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress(address))))).withAwaitOutcome(Duration.ZERO);
    }
}
