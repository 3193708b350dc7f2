package switchboard.adapter.out.persistence;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Map;

/** Lets one migration script serve both databases by filling in the types that differ. */
@Singleton
@Named("default")
class SchemaPlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        SqlDialect dialect = SqlDialect.of(configuration.getDataSource());
        configuration.placeholders(Map.of("jsontype", dialect.jsonType()));
    }

    @Override
    public String getName() {
        return "default";
    }
}
