package switchboard.adapter.out.persistence;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lets the schema migrations serve both databases: most scripts are shared, with the types that
 * differ filled in; where the two need different statements (partial indexes, which only
 * PostgreSQL has), each database also runs the scripts of its own location, numbered in the same
 * sequence as the shared ones.
 */
@Singleton
@Named("default")
class SchemaPlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        SqlDialect dialect = SqlDialect.of(configuration.getDataSource());
        configuration.placeholders(Map.of("jsontype", dialect.jsonType()));
        configuration.locations(Stream.concat(Arrays.stream(configuration.getLocations()).map(Object::toString),
                Stream.of(dialect.migrations())).toArray(String[]::new));
    }

    @Override
    public String getName() {
        return "default";
    }
}
