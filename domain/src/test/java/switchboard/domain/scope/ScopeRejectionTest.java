package switchboard.domain.scope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each row: a scope that must be refused at parse time, and the start of the message the caller reads. */
class ScopeRejectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'$where': 'this.Age > 30'}              | '$where' is not allowed at the top of the scope: scopes never run code
            {'$where': 'function() { return true }'} | '$where' is not allowed at the top of the scope: scopes never run code
            {'Age': {'$where': 'x'}}                 | '$where' is not allowed at Age: scopes never run code
            {'$or': [{'$where': 'x'}]}               | '$where' is not allowed at $or[0]: scopes never run code
            {'$expr': {'$gt': ['$Age', 30]}}         | '$expr' is not allowed at the top of the scope: scopes never run code
            {'Age': {'$function': {'body': 'x'}}}    | '$function' is not allowed at Age: scopes never run code
            {'$accumulator': {}}                     | '$accumulator' is not allowed at the top of the scope: scopes never run code
            """)
    void neverRunsCode(String query, String message) {
        assertRefused(query, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Age': {'$EQ': 35}}                     | unknown operator '$EQ' at Age (operators are case-sensitive: did you mean '$eq'?)
            {'Name': {'$ilike': 'x'}}                | unknown operator '$ilike' at Name (operators are case-sensitive: did you mean '$iLike'?)
            {'Tags': {'$elemmatch': {'a': 1}}}       | unknown operator '$elemmatch' at Tags (operators are case-sensitive: did you mean '$elemMatch'?)
            {'$OR': [{'a': 1}]}                      | unknown operator '$OR' at the top of the scope (operators are case-sensitive: did you mean '$or'?)
            {'Age': {'$foo': 1}}                     | unknown operator '$foo' at Age
            {'$comment': 'x'}                        | unknown operator '$comment' at the top of the scope
            {'$': 1}                                 | unknown operator '$' at the top of the scope
            {'$or': [{'Age': {'$EQ': 1}}]}           | unknown operator '$EQ' at $or[0].Age
            {'Phones': {'$elemMatch': {'Type': {'$bad': 1}}}} | unknown operator '$bad' at Phones.$elemMatch.Type
            {'Age': {'$not': {'$EQ': 1}}}            | unknown operator '$EQ' at Age.$not
            """)
    void refusesUnknownOperators(String query, String message) {
        assertRefused(query, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'$and': []}                             | $and needs a non-empty array at the top of the scope
            {'$or': []}                              | $or needs a non-empty array at the top of the scope
            {'$nor': []}                             | $nor needs a non-empty array at the top of the scope
            {'$or': {'Age': 1}}                      | $or needs a non-empty array at the top of the scope
            {'$nor': 'Cork'}                         | $nor needs a non-empty array at the top of the scope
            {'$and': null}                           | $and needs a non-empty array at the top of the scope
            {'$or': [{'$and': []}]}                  | $and needs a non-empty array at $or[0]
            {'Phones': {'$elemMatch': {'$or': []}}}  | $or needs a non-empty array at Phones.$elemMatch
            {'Age': {'$or': [{'$gt': 1}]}}           | '$or' combines whole queries and belongs at the top of a query, not at Age
            {'Age': {'$and': [{'$gt': 1}]}}          | '$and' combines whole queries and belongs at the top of a query, not at Age
            {'Age': {'$nor': [{'$gt': 1}]}}          | '$nor' combines whole queries and belongs at the top of a query, not at Age
            {'Address': {'$eq': 1, 'City': 'Cork'}}  | Address mixes operators and field names (City): use one or the other
            {'$or': [{'A': {'$eq': 1, 'B': 2}}]}     | $or[0].A mixes operators and field names (B)
            """)
    void refusesMisplacedLogic(String query, String message) {
        assertRefused(query, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Age': {'$in': [1, {'$gt': 5}]}}        | $in takes plain values, and '$gt' is an operator, at Age
            {'Age': {'$in': {'$gt': 5}}}             | $in takes plain values, and '$gt' is an operator, at Age
            {'Age': {'$nin': [{'$lt': 5}]}}          | $nin takes plain values, and '$lt' is an operator, at Age
            {'Tags': {'$all': 'a'}}                  | $all needs an array at Tags
            {'Tags': {'$all': null}}                 | $all needs an array at Tags
            {'Tags': {'$all': {'a': 1}}}             | $all needs an array at Tags
            {'Phones': {'$elemMatch': null}}         | $elemMatch needs an object at Phones
            {'Phones': {'$elemMatch': 5}}            | $elemMatch needs an object at Phones
            {'Phones': {'$elemMatch': 'x'}}          | $elemMatch needs an object at Phones
            {'Age': {'$mod': 2}}                     | $mod needs [divisor, remainder] at Age
            {'Age': {'$mod': null}}                  | $mod needs [divisor, remainder] at Age
            {'Age': {'$mod': {'a': 2}}}              | $mod needs [divisor, remainder] at Age
            {'Age': {'$type': 'date'}}               | unknown type 'date' for $type at Age: use string, number, bool, array, null or timestamp
            {'Age': {'$type': 'Number'}}             | unknown type 'Number' for $type at Age
            {'Age': {'$type': ['string', 'date']}}   | unknown type 'date' for $type at Age
            {'Age': {'$type': 2}}                    | $type needs a type name (string, number, bool, array, null or timestamp) at Age
            {'Age': {'$type': []}}                   | $type needs a type name
            {'Age': {'$type': null}}                 | $type needs a type name
            {'Email': {'$regex': 'a', '$options': 'x'}}  | the regex 'a' at Email does not compile: invalid flags 'x'
            {'Email': {'$regex': 'a', '$options': 1}}    | the regex 'a' at Email does not compile: invalid flags '1'
            {'Email': {'$regex': 'a', '$options': 'ii'}} | the regex 'a' at Email does not compile: invalid flags 'ii'
            {'Email': {'$regex': 'a', '$options': 'uv'}} | the regex 'a' at Email does not compile: invalid flags 'uv'
            {'Email': {'$regex': 'a', '$options': null}} | the regex 'a' at Email does not compile: invalid flags 'null'
            {'Name': {'$like': null}}                | $like needs a text at Name
            {'Name': {'$iLike': ['a']}}              | $iLike needs a text at Name
            {'Name': {'$like': {'a': 1}}}            | $like needs a text at Name
            """)
    void refusesOperandsOfTheWrongKind(String query, String message) {
        assertRefused(query, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$regex': '(unclosed'}}           | the regex '(unclosed' at Email does not compile: unterminated group
            {'Email': {'$regex': 'a)'}}                  | the regex 'a)' at Email does not compile: unmatched ')'
            {'Email': {'$regex': '[a-'}}                 | the regex '[a-' at Email does not compile: unterminated character class
            {'Email': {'$regex': '[z-a]'}}               | the regex '[z-a]' at Email does not compile: range out of order in character class
            {'Email': {'$regex': '*a'}}                  | the regex '*a' at Email does not compile: nothing to repeat
            {'Email': {'$regex': 'a**'}}                 | the regex 'a**' at Email does not compile: nothing to repeat
            {'Email': {'$regex': 'a++'}}                 | the regex 'a++' at Email does not compile: nothing to repeat
            {'Email': {'$regex': '^*'}}                  | the regex '^*' at Email does not compile: nothing to repeat
            {'Email': {'$not': {'$regex': 'a{2,1}'}}}    | the regex 'a{2,1}' at Email.$not does not compile: numbers out of order in {} quantifier
            {'Email': {'$regex': '(?z)a'}}               | the regex '(?z)a' at Email does not compile: invalid group
            {'Email': {'$regex': '(?i)a'}}               | the regex '(?i)a' at Email does not compile: invalid group
            {'Email': {'$regex': '(?<a>x)(?<a>y)'}}      | the regex '(?<a>x)(?<a>y)' at Email does not compile: duplicate capture group name 'a'
            {'Email': {'$regex': '(?<a>x)\\\\k<b>'}}     | the regex '(?<a>x)\\k<b>' at Email does not compile: invalid named reference
            {'Email': {'$regex': 'a\\\\'}}               | the regex 'a\\' at Email does not compile: \\ at end of pattern
            {'Email': {'$regex': '\\\\a', '$options': 'u'}}  | the regex '\\a' at Email does not compile: invalid escape
            {'Email': {'$regex': 'a{', '$options': 'u'}}     | the regex 'a{' at Email does not compile: incomplete quantifier
            {'Email': {'$regex': '[\\\\w-]', '$options': 'v'}} | the regex '[\\w-]' at Email does not compile: invalid set operation in character class
            """)
    void refusesRegexesThatDoNotCompile(String query, String message) {
        assertRefused(query, message);
    }

    /** What JavaScript runs but the gateway cannot: each is listed in docs/fliplet.md. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$regex': '[\\\\w--a]', '$options': 'v'}} | does not compile: the set notation of the v flag is not supported; the u flag is
            {'Email': {'$regex': '\\\\p{Emoji}', '$options': 'u'}} | does not compile: the property \\p{Emoji} is not supported here
            """)
    void refusesRegexesJavasEngineCannotRun(String query, String message) {
        assertThatThrownBy(() -> Scope.parse(Json.parse(query))).isInstanceOf(InvalidScopeException.class).hasMessageContaining(message);
    }

    @Test
    void namesTheOperandShapesWithJsonExamples() {
        assertThatThrownBy(() -> Scope.parse(Json.parse("{'Phones': {'$elemMatch': 5}}")))
                .hasMessage("$elemMatch needs an object at Phones, like {\"$gt\": 5} or {\"Type\": \"home\"}");
        assertThatThrownBy(() -> Scope.parse(Json.parse("{'Age': {'$or': [{'$gt': 1}]}}")))
                .hasMessageEndingWith("write {\"$or\": [{\"Age\": ...}, ...]}");
    }

    @Test
    void refusesQueriesThatAreNotJsonObjects() {
        for (Object query : new Object[] {null, "Email", List.of(Map.of("Email", "x")), 5}) {
            assertThatThrownBy(() -> Scope.parse(query)).isInstanceOf(InvalidScopeException.class)
                    .hasMessage("a scope must be a JSON object, like {\"Email\": \"nick@example.org\"}");
        }
    }

    @Test
    void refusesMalformedJsonTreesAsScopeErrors() {
        Map<Object, Object> numericKey = new LinkedHashMap<>();
        numericKey.put(1, "x");
        assertThatThrownBy(() -> Scope.parse(numericKey)).isInstanceOf(InvalidScopeException.class)
                .hasMessage("the scope keys must be strings");
        assertThatThrownBy(() -> Scope.parse(Map.of("Age", Map.of("$gt", Double.NaN)))).isInstanceOf(InvalidScopeException.class)
                .hasMessage("the scope numbers must be finite");
        assertThatThrownBy(() -> Scope.parse(Map.of("Age", new Object()))).hasMessageStartingWith("not a JSON value");
    }

    private static void assertRefused(String query, String message) {
        assertThatThrownBy(() -> Scope.parse(Json.parse(query)))
                .isInstanceOf(InvalidScopeException.class).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(message);
    }
}
