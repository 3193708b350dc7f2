package switchboard.application.send;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import switchboard.application.send.RecipientOutcome.Reason;
import switchboard.application.send.Resolution.Destination;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** How a resolved recipient request loses its suppressed recipients, and the outcome it becomes. */
class ResolutionTest {

    private static final Contact ANN = new Contact(new ContactId("ann"), ContactData.of(Map.of()));
    private static final Recipient OLD_PHONE = Recipient.of(Channel.PUSH, "old-phone");
    private static final Recipient NEW_PHONE = Recipient.of(Channel.PUSH, "new-phone");

    @Test
    void aContactWhoseEveryAddressIsSuppressedIsRefusedNamingThem() {
        Resolution reached = reached(new RecipientRequest.ToContact(Channel.PUSH, ANN.id()), OLD_PHONE, NEW_PHONE);

        assertThat(reached.withoutSuppressed(Set.of(OLD_PHONE, NEW_PHONE))).isInstanceOfSatisfying(Resolution.Refused.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.SUPPRESSED);
                    assertThat(refused.detail()).contains("'old-phone', 'new-phone'");
                    assertThat(refused.destinations()).isEmpty();
                });
    }

    @Test
    void aContactKeepsTheAddressesThatAreNotSuppressed() {
        Resolution reached = reached(new RecipientRequest.ToContact(Channel.PUSH, ANN.id()), OLD_PHONE, NEW_PHONE);

        assertThat(reached.withoutSuppressed(Set.of(OLD_PHONE)).recipients()).containsExactly(NEW_PHONE);
        assertThat(reached.withoutSuppressed(Set.of())).isSameAs(reached);
    }

    @Test
    void aScopeWhoseEveryMatchIsSuppressedJustReachesNobody() {
        Resolution reached = reached(new RecipientRequest.ToScope(Channel.PUSH, Scope.parse(Map.of("team", "news"))),
                OLD_PHONE, NEW_PHONE);

        assertThat(reached.withoutSuppressed(Set.of(OLD_PHONE, NEW_PHONE))).isInstanceOfSatisfying(Resolution.Reached.class,
                left -> assertThat(left.destinations()).isEmpty());
    }

    @Test
    void eachResolutionBecomesTheOutcomeOfItsRequest() {
        RecipientRequest toAnn = new RecipientRequest.ToContact(Channel.PUSH, ANN.id());
        Resolution refused = new Resolution.Refused(toAnn, Reason.NO_ADDRESS, "contact 'ann' has no push token");

        assertThat(refused.withoutSuppressed(Set.of(OLD_PHONE))).isSameAs(refused);
        assertThat(refused.outcome(ResolutionTest::delivery))
                .isEqualTo(new RecipientOutcome.Rejected(toAnn, Reason.NO_ADDRESS, "contact 'ann' has no push token"));
        assertThat(reached(toAnn, OLD_PHONE, NEW_PHONE).outcome(ResolutionTest::delivery))
                .isInstanceOfSatisfying(RecipientOutcome.Accepted.class, accepted -> {
                    assertThat(accepted.request()).isEqualTo(toAnn);
                    assertThat(accepted.deliveries()).extracting(Delivery::recipient).containsExactly(OLD_PHONE, NEW_PHONE);
                });
    }

    private static Resolution reached(RecipientRequest request, Recipient... recipients) {
        return new Resolution.Reached(request, Stream.of(recipients).map(each -> new Destination(each, ANN)).toList());
    }

    private static Delivery delivery(Destination destination) {
        return Delivery.queue(MessageId.generate(), new TenantId("acme"), destination.recipient(), Instant.EPOCH, Instant.EPOCH);
    }
}
