package switchboard.bootstrap.guard;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.adapter.in.guard.CrossOriginPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossOriginFactoryTest {

    @Test
    void readsEachApisPathsAndOrigins() {
        List<CrossOriginPolicy> policies = new CrossOriginFactory().crossOriginPolicies(environment(Map.of(
                "switchboard.cors.fliplet.paths", "/v1/communicate/**",
                "switchboard.cors.fliplet.allowed-origins", "https://app.example.com, http://localhost:3000",
                "switchboard.cors.admin.paths", "/login,/api/**",
                "switchboard.cors.admin.allowed-origins", ""))).policies();

        assertThat(policies).contains(new CrossOriginPolicy(List.of("/login", "/api/**"), List.of()),
                new CrossOriginPolicy(List.of("/v1/communicate/**"), List.of("https://app.example.com", "http://localhost:3000")))
                .as("application.yml's APIs, without an origin").contains(new CrossOriginPolicy(List.of("/send/**"), List.of()));
    }

    @Test
    void anOriginThatIsNotSchemeAndHostStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new CrossOriginFactory().crossOriginPolicies(environment(Map.of(
                "switchboard.cors.dripcel.paths", "/send/**",
                "switchboard.cors.dripcel.allowed-origins", "https://app.example.com/path"))))
                .hasMessageStartingWith("switchboard.cors.dripcel.allowed-origins holds 'https://app.example.com/path'");
    }

    private static Environment environment(Map<String, Object> properties) {
        Environment environment = new DefaultEnvironment(() -> List.of("test"));
        environment.addPropertySource(PropertySource.of("test", properties));
        return environment.start();
    }
}
