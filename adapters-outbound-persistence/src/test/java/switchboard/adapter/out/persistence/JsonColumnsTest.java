package switchboard.adapter.out.persistence;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON columns' own writer writes plain trees exactly as the mapper does, and leaves everything else to it. */
class JsonColumnsTest {

    private final JdbcStores stores = TestDatabases.emptyH2();
    private final JsonMapper mapper = stores.context().getBean(JsonMapper.class);
    private final JsonColumns json = stores.context().getBean(JsonColumns.class);

    @Test
    void plainTreesAreWrittenAsTheMapperWritesThem() throws Exception {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("null", null);
        nested.put("empty", "");
        nested.put("escaped", "quote \" backslash \\ tab \t newline \n control \u0001 é 漢 \uD83D\uDE00");
        nested.put("emptyList", List.of());
        nested.put("emptyMap", Map.of());
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "Ada");
        tree.put("int", 42);
        tree.put("long", 9_007_199_254_740_993L);
        tree.put("negative", -7);
        tree.put("double", 0.1);
        tree.put("wholeDouble", 2.0);
        tree.put("tiny", 1e-300);
        tree.put("float", 1.5f);
        tree.put("decimal", new BigDecimal("12345678901234567890.000000001"));
        tree.put("big", new BigInteger("123456789012345678901234567890"));
        tree.put("true", true);
        tree.put("false", false);
        tree.put("nested", nested);
        tree.put("list", Arrays.asList(1, "two", null, List.of(3.5, Map.of("k", "v")), false));

        assertThat(json.write(tree)).isEqualTo(mapper.writeValueAsString(tree));
        assertThat(json.write(new ArrayList<>(List.of(tree, "x")))).isEqualTo(mapper.writeValueAsString(List.of(tree, "x")));
        assertThat(json.readObject(json.write(tree))).containsEntry("text", "Ada").containsEntry("nested", nested)
                .containsKey("double");
    }

    @Test
    void otherValuesAreLeftToTheMapper() throws Exception {
        Map<String, Object> withInstant = Map.of("at", Instant.parse("2026-12-06T10:00:00Z"), "n", 1);

        assertThat(json.write(withInstant)).isEqualTo(mapper.writeValueAsString(withInstant));
        assertThat(json.write(List.of())).isEqualTo("[]");
    }
}
