package switchboard.bootstrap.e2e.guard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each API's rate limit, two requests an hour here, answered past it in the API's own shape. */
@MicronautTest(transactional = false)
class RateLimitTest extends GuardTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.rate-limits.fliplet.credential", "2/1h",
                "switchboard.rate-limits.capillary.credential", "2/1h",
                "switchboard.rate-limits.dripcel.tenant", "2/1h",
                "switchboard.rate-limits.admin.credential", "2/1h");
    }

    @ParameterizedTest
    @EnumSource(names = {"FLIPLET_SMS", "ADMIN", "CAPILLARY", "DRIPCEL_SMS"})
    void pastTheLimitEachApiAnswers429InItsShapeWithRetryAfter(Endpoint endpoint) {
        assertThat(send(tenant, endpoint).status()).isEqualTo(200);
        assertThat(send(tenant, endpoint).status()).isEqualTo(200);

        GatewayClient.Response refused = send(tenant, endpoint);

        if (endpoint == Endpoint.FLIPLET_SMS) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json()).containsOnlyKeys("message", "referenceUrl", "nextValidRequestDate")
                    .containsEntry("referenceUrl", "https://developers.fliplet.com/Rate-limiting-for-API.html");
            assertThat((String) refused.json().get("message")).startsWith("You've made too many attempts");
            assertThat(Instant.parse((String) refused.json().get("nextValidRequestDate")))
                    .isCloseTo(Instant.now().plus(Duration.ofMinutes(30)), within(Duration.ofMinutes(1)));
        } else {
            assertRefusal(endpoint, refused, 429, "Too many requests");
        }
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("seconds until one request is back")
                .isBetween(1790L, 1800L);
        assertThat(messages(tenant)).isEqualTo(2);
    }

    @Test
    void flipletCountsEachTokenAcrossItsEndpoints() {
        String secondToken = (String) credential(tenant.admin(), "{\"type\":\"fliplet-token\"}").get("token");
        send(tenant, Endpoint.FLIPLET_EMAIL);
        send(tenant, Endpoint.FLIPLET_SMS_BATCH);

        assertThat(send(tenant, Endpoint.FLIPLET_EMAIL_BATCH).status()).isEqualTo(429);
        Tenant sameTenantOtherToken = new Tenant(tenant.admin(), secondToken, tenant.dripcelKey(), tenant.capillaryBasic());
        assertThat(send(sameTenantOtherToken, Endpoint.FLIPLET_EMAIL).status()).isEqualTo(200);
    }

    @Test
    void dripcelCountsTheOrganisationWhateverTheKey() {
        String secondKey = (String) credential(tenant.admin(), "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}")
                .get("apiKey");
        send(tenant, Endpoint.DRIPCEL_SMS);
        send(tenant, Endpoint.DRIPCEL_BULK_EMAIL);

        Tenant sameTenantOtherKey = new Tenant(tenant.admin(), tenant.flipletToken(), secondKey, tenant.capillaryBasic());
        assertThat(send(sameTenantOtherKey, Endpoint.DRIPCEL_SMS).status()).isEqualTo(429);
        assertThat(send(newTenant("Other organisation"), Endpoint.DRIPCEL_SMS).status()).isEqualTo(200);
    }

    @Test
    void aCallerTheApiRefusesIsNotCountedAndHearsTheApisOwnRefusal() {
        Tenant stranger = new Tenant(tenant.admin(), "not a token", "not a key", GatewayClient.capillaryBasic("nobody", "x"));
        for (int i = 0; i < 3; i++) {
            assertThat(send(stranger, Endpoint.FLIPLET_EMAIL).status()).isEqualTo(401);
            assertThat(send(stranger, Endpoint.CAPILLARY).status()).isEqualTo(401);
        }

        assertThat(send(tenant, Endpoint.FLIPLET_EMAIL).status()).isEqualTo(200);
    }
}
