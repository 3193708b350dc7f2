package switchboard.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.memory.FakeSecretSealer;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims and outcome batches on PostgreSQL use plans made once per connection, and those plans,
 * made while the tables are empty, read by keys and the claims' indexes: they stay right as the
 * tables grow ({@link SqlDialect#planOnceByKeys}).
 */
class PostgresClaimPlansTest {

    private static final TenantId TENANT = new TenantId("plans");
    private static final Instant START = Instant.parse("2031-05-06T07:00:00Z");
    /** Past the driver's threshold (its fifth use of a statement), after which the server keeps the statement. */
    private static final int ROUNDS = 8;
    private static final int RECIPIENTS = 20;

    @Test
    void claimsAndOutcomesArePlannedOnceByKeysOnTablesThatWereEmpty() {
        Map<String, Object> properties = new HashMap<>(TestDatabases.postgresProperties());
        // Two connections (the start needs two at once): the pool gives this thread back the one it used last, so
        // that the claims below and the look at their plans share one connection, and what it keeps.
        properties.put("datasources.default.maximum-pool-size", 2);
        // Nor may a vacuum meanwhile take the connection this thread used, or drop the plans kept on it.
        properties.put("switchboard.database.vacuum", "off");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties)
                .singletons(Clock.systemUTC(), new FakeSecretSealer()).start()) {
            JdbcStores stores = new JdbcStores(context);
            stores.tenants().add(new Tenant(TENANT, "Plans", ContactFields.DEFAULT, START));
            for (int round = 0; round < ROUNDS; round++) {
                sendOne(stores, START.plusSeconds(round));
            }

            List<PreparedPlan> plans = context.getBean(Database.class).write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    // Shows the plan the server keeps for each statement, as the claims use it.
                    statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                    List<PreparedPlan> kept = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery("SELECT name, statement, generic_plans, custom_plans, "
                            + "cardinality(parameter_types) AS parameters FROM pg_prepared_statements "
                            + "WHERE statement ~ '^(WITH RECURSIVE queue|SELECT .* FROM (delivery|message)\\M|UPDATE delivery)'")) {
                        while (rows.next()) {
                            kept.add(new PreparedPlan(rows.getString("name"), rows.getString("statement"),
                                    rows.getLong("generic_plans"), rows.getLong("custom_plans"), rows.getInt("parameters"), ""));
                        }
                    }
                    List<PreparedPlan> explained = new ArrayList<>();
                    for (PreparedPlan plan : kept) {
                        StringBuilder text = new StringBuilder();
                        try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE \"" + plan.name() + "\"("
                                + String.join(", ", Collections.nCopies(plan.parameters(), "NULL")) + ")")) {
                            while (rows.next()) {
                                text.append(rows.getString(1)).append('\n');
                            }
                        }
                        explained.add(plan.withPlan(text.toString()));
                    }
                    return explained;
                }
            });

            assertThat(plans).as("the claim's and the outcome batch's statements, kept by the server")
                    .anySatisfy(plan -> assertThat(plan.statement()).startsWith("WITH RECURSIVE queue"))
                    .anySatisfy(plan -> assertThat(plan.statement()).contains("FOR UPDATE SKIP LOCKED"))
                    .anySatisfy(plan -> assertThat(plan.statement()).startsWith("UPDATE delivery SET status"))
                    .anySatisfy(plan -> assertThat(plan.statement()).startsWith("UPDATE delivery d SET status"))
                    .anySatisfy(plan -> assertThat(plan.statement()).contains("FROM message WHERE id IN"));
            assertThat(plans).allSatisfy(plan -> {
                assertThat(plan.custom()).as("planned afresh: %s", plan.statement()).isZero();
                assertThat(plan.generic()).as("its plan used again: %s", plan.statement()).isPositive();
                assertThat(plan.plan()).as("%s%n%s", plan.statement(), plan.plan()).doesNotContain("Seq Scan")
                        .containsAnyOf("Index Scan", "Index Only Scan", "Bitmap Index Scan");
            });
        }
    }

    /**
     * Stores a message of {@value #RECIPIENTS} emails, claims them and records them sent: each of the
     * claim's and the outcome batch's statements once, for as many rows as a claim under load takes.
     */
    private static void sendOne(JdbcStores stores, Instant now) {
        Message message = new Message(MessageId.generate(), TENANT, "admin", Content.text("Subject", "Body"), EmailOptions.NONE,
                null, null, false, now);
        stores.save(message, IntStream.range(0, RECIPIENTS).mapToObj(i -> Delivery.queue(message.id(), TENANT,
                new Recipient(Channel.EMAIL, new EmailAddress("a" + i + "@example.com")), now, now)).toList(), Optional.empty());
        Lease lease = new Lease("plans#" + now.getEpochSecond(), now.plus(Duration.ofMinutes(2)));
        List<ClaimedDelivery> claimed = stores.queue().claimDue(lease, now, RECIPIENTS);
        assertThat(claimed).hasSize(RECIPIENTS);
        RetryPolicy retries = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10));
        assertThat(stores.queue().recordAll(claimed.stream().map(claim -> new AttemptOutcome(
                claim.delivery().afterAttempt(new AttemptResult.Sent("ref"), now, retries, 0.5), lease)).toList())).isEmpty();
    }

    private record PreparedPlan(String name, String statement, long generic, long custom, int parameters, String plan) {

        PreparedPlan withPlan(String explained) {
            return new PreparedPlan(name, statement, generic, custom, parameters, explained);
        }
    }
}
