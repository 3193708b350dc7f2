package switchboard.bench.baseline;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * {@code POST /baseline}: parses the request's JSON and inserts it as one row, on a blocking
 * thread and a pooled connection, as the gateway's APIs do; then answers the row's id.
 */
@Controller("/baseline")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BaselineController {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public BaselineController(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @EventListener
    void createTable(StartupEvent started) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS baseline_request (id UUID PRIMARY KEY, "
                    + "received_at TIMESTAMP WITH TIME ZONE NOT NULL, body VARCHAR(100000) NOT NULL)");
        }
    }

    @Post
    public Map<String, String> accept(@Body Map<String, Object> request) throws SQLException, IOException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO baseline_request (id, received_at, body) VALUES (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(3, json.writeValueAsString(request));
            insert.executeUpdate();
        }
        return Map.of("id", id.toString());
    }
}
