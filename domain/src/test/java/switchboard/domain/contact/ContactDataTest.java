package switchboard.domain.contact;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactDataTest {

    @Test
    void turnsEveryNumberIntoABigDecimalAndKeepsNulls() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("age", 35);
        json.put("score", 1.5d);
        json.put("big", new BigInteger("12345678901234567890"));
        json.put("missing", null);
        json.put("tags", List.of(1L, "x"));
        ContactData data = ContactData.of(json);

        assertThat(data.asMap()).containsEntry("age", BigDecimal.valueOf(35)).containsEntry("score", BigDecimal.valueOf(1.5))
                .containsEntry("big", new BigDecimal("12345678901234567890")).containsKey("missing");
        assertThat(data.asMap().get("missing")).isNull();
        assertThat(data.asMap().get("tags")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(BigDecimal.ONE, "x");
    }

    @Test
    void isADeepImmutableCopy() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> json = new HashMap<>(Map.of("tags", tags));
        ContactData data = ContactData.of(json);
        tags.add("b");
        json.put("other", 1);

        assertThat(data.asMap().get("tags")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("a");
        assertThat(data.asMap()).doesNotContainKey("other");
        assertThatThrownBy(() -> data.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesTheNulCharacterInKeysAndStringsWhichPostgresqlCannotStore() {
        assertThatThrownBy(() -> ContactData.of(Map.of("name", "a\0b"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("contact data cannot hold the character U+0000 (NUL)");
        assertThatThrownBy(() -> ContactData.of(Map.of("tags", List.of(Map.of("k\0", 1)))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(ContactData.of(Map.of("name", "a\u0001b")).asMap()).containsEntry("name", "a\u0001b");
    }

    @Test
    void refusesTreesNestedTooDeep() {
        Map<String, Object> json = Map.of();
        for (int level = 0; level < ContactData.MAX_DEPTH; level++) {
            json = Map.of("child", json);
        }
        Map<String, Object> tooDeep = json;
        assertThatThrownBy(() -> ContactData.of(tooDeep)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void refusesNonJsonValues() {
        assertThatThrownBy(() -> ContactData.of(Map.of("when", new Object()))).hasMessageContaining("not a JSON value");
        assertThatThrownBy(() -> ContactData.of(Map.of("nan", Double.NaN))).hasMessageContaining("finite");
    }

    @Test
    void contactFieldsFindAddressesIgnoringCaseAndInOrder() {
        ContactData data = ContactData.of(Map.of("Email", "nick@example.org", "CELL", "+27111111111",
                "mobile", "+27222222222", "PushTokens", List.of("t1", "t2", 7)));

        assertThat(ContactFields.DEFAULT.emailOf(data)).contains("nick@example.org");
        assertThat(ContactFields.DEFAULT.phoneOf(data)).contains("+27111111111");
        assertThat(ContactFields.DEFAULT.pushTokensOf(data)).containsExactly("t1", "t2");
    }

    @Test
    void contactFieldsReadASinglePushTokenAndCustomNames() {
        ContactData data = ContactData.of(Map.of("pushToken", "only", "work_mail", "w@example.com"));
        ContactFields custom = new ContactFields(List.of("work_mail"), List.of("phone"), List.of("devices"));

        assertThat(ContactFields.DEFAULT.pushTokensOf(data)).containsExactly("only");
        assertThat(custom.emailOf(data)).contains("w@example.com");
        assertThat(custom.pushTokensOf(data)).isEmpty();
        assertThatThrownBy(() -> new ContactFields(List.of(), List.of("p"), List.of("t"))).hasMessageContaining("at least one key");
    }
}
