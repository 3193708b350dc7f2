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
            {'$and': []}                             | $and needs a non-empty array of queries at the top of the scope
            {'$or': []}                              | $or needs a non-empty array of queries at the top of the scope
            {'$nor': []}                             | $nor needs a non-empty array of queries at the top of the scope
            {'$or': {'Age': 1}}                      | $or needs a non-empty array of queries at the top of the scope
            {'$nor': 'Cork'}                         | $nor needs a non-empty array of queries at the top of the scope
            {'$and': null}                           | $and needs a non-empty array of queries at the top of the scope
            {'$or': [{'Age': 1}, 5]}                 | $or needs a non-empty array of queries at the top of the scope, and entry 1 is not an object
            {'$or': [{'$and': []}]}                  | $and needs a non-empty array of queries at $or[0]
            {'Phones': {'$elemMatch': {'$or': []}}}  | $or needs a non-empty array of queries at Phones.$elemMatch
            {'Age': {'$or': [{'$gt': 1}]}}           | '$or' combines whole queries and belongs at the top of a query, not at Age
            {'Age': {'$and': [{'$gt': 1}]}}          | '$and' combines whole queries and belongs at the top of a query, not at Age
            {'$gt': 5}                               | '$gt' needs a field at the top of the scope
            {'$in': [1]}                             | '$in' needs a field at the top of the scope
            {'$or': [{'$regex': 'a'}]}               | '$regex' needs a field at $or[0]
            {'$not': {'Age': 5}}                     | '$not' needs a field at the top of the scope
            {'Address': {'$eq': 1, 'City': 'Cork'}}  | Address mixes operators and field names (City): use one or the other
            """)
    void refusesMisplacedLogic(String query, String message) {
        assertRefused(query, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$in': 'nick@example.org'}}   | $in needs an array of values at Email
            {'Age': {'$in': [1, {'$gt': 5}]}}        | $in takes plain values, and '$gt' is an operator, at Age
            {'Age': {'$nin': [{'$lt': 5}]}}          | $nin takes plain values, and '$lt' is an operator, at Age
            {'Tags': {'$all': [{'$elemMatch': {'a': 1}}]}} | $all takes plain values, and '$elemMatch' is an operator, at Tags
            {'Age': {'$eq': {'$gt': 5}}}             | $eq takes plain values, and '$gt' is an operator, at Age
            {'Age': {'$ne': {'$regex': 'a'}}}        | $ne takes plain values, and '$regex' is an operator, at Age
            {'Email': {'$nin': null}}                | $nin needs an array of values at Email
            {'Tags': {'$all': []}}                   | $all needs a non-empty array of values at Tags
            {'Tags': {'$all': 'a'}}                  | $all needs a non-empty array of values at Tags
            {'Age': {'$gt': null}}                   | $gt needs a number or a text (a date, an amount) at Age
            {'Age': {'$gte': true}}                  | $gte needs a number or a text (a date, an amount) at Age
            {'Age': {'$lt': {}}}                     | $lt needs a number or a text (a date, an amount) at Age
            {'Age': {'$lte': [1]}}                   | $lte needs a number or a text (a date, an amount) at Age
            {'Age': {'$exists': 1}}                  | $exists needs true or false at Age
            {'Age': {'$exists': 'yes'}}              | $exists needs true or false at Age
            {'Tags': {'$size': -1}}                  | $size needs a non-negative integer at Tags
            {'Tags': {'$size': 1.5}}                 | $size needs a non-negative integer at Tags
            {'Tags': {'$size': '2'}}                 | $size needs a non-negative integer at Tags
            {'Tags': {'$size': 3000000000}}          | $size needs a non-negative integer at Tags
            {'Phones': {'$elemMatch': {}}}           | $elemMatch needs a non-empty object at Phones
            {'Phones': {'$elemMatch': [1]}}          | $elemMatch needs a non-empty object at Phones
            {'Age': {'$mod': [0, 1]}}                | $mod needs [divisor, remainder], two integers with a divisor other than 0, at Age
            {'Age': {'$mod': [2]}}                   | $mod needs [divisor, remainder], two integers with a divisor other than 0, at Age
            {'Age': {'$mod': [2, 1, 0]}}             | $mod needs [divisor, remainder], two integers with a divisor other than 0, at Age
            {'Age': {'$mod': [2.5, 1]}}              | $mod needs [divisor, remainder], two integers with a divisor other than 0, at Age
            {'Age': {'$mod': [2, '1']}}              | $mod needs [divisor, remainder], two integers with a divisor other than 0, at Age
            {'Age': {'$mod': 2}}                     | $mod needs [divisor, remainder], two integers with a divisor other than 0, at Age
            {'Age': {'$type': 'date'}}               | unknown type 'date' for $type at Age: use string, number, boolean, array, object or null
            {'Age': {'$type': 'Number'}}             | unknown type 'Number' for $type at Age
            {'Age': {'$type': ['string', 'date']}}   | unknown type 'date' for $type at Age
            {'Age': {'$type': 2}}                    | $type needs a type name (string, number, boolean, array, object or null) or an array of them at Age
            {'Age': {'$type': []}}                   | $type needs a type name
            {'Age': {'$type': null}}                 | $type needs a type name
            {'Email': {'$regex': 5}}                 | $regex needs a text pattern at Email
            {'Email': {'$regex': 'a', '$options': 'x'}} | $options takes only the flags i, m and s at Email
            {'Email': {'$regex': 'a', '$options': 1}}   | $options takes only the flags i, m and s at Email
            {'Email': {'$options': 'i'}}             | $options needs a $regex next to it at Email
            {'Name': {'$like': null}}                | $like needs a text at Name
            {'Name': {'$iLike': ['a']}}              | $iLike needs a text at Name
            {'Name': {'$like': {'a': 1}}}            | $like needs a text at Name
            {'a..b': 1}                              | the field path 'a..b' has an empty part
            {'.a': 1}                                | the field path '.a' has an empty part
            {'a.': 1}                                | the field path 'a.' has an empty part
            {'': 1}                                  | the field path '' has an empty part
            """)
    void refusesOperandsOfTheWrongKind(String query, String message) {
        assertRefused(query, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$regex': '(unclosed'}}           | the regex '(unclosed' at Email does not compile: Unclosed group
            {'Email': {'$regex': '[a-'}}                 | the regex '[a-' at Email does not compile: Illegal character range
            {'Email': {'$regex': '*a'}}                  | the regex '*a' at Email does not compile: Dangling meta character '*'
            {'Email': {'$not': {'$regex': 'a{2,1}'}}}    | the regex 'a{2,1}' at Email.$not does not compile: Illegal repetition range
            {'Email': {'$regex': '(?z)a'}}               | the regex '(?z)a' at Email does not compile: Unknown inline modifier
            """)
    void refusesRegexesThatDoNotCompile(String query, String message) {
        assertRefused(query, message);
    }

    @Test
    void namesTheOperandShapesWithJsonExamples() {
        assertThatThrownBy(() -> Scope.parse(Json.parse("{'Age': {'$not': 5}}")))
                .hasMessage("$not needs an object of operators, like {\"$gt\": 5} or {\"$regex\": \"^a\"}, at Age");
        assertThatThrownBy(() -> Scope.parse(Json.parse("{'Age': {'$not': {}}}"))).hasMessageStartingWith("$not needs an object of operators");
        assertThatThrownBy(() -> Scope.parse(Json.parse("{'Age': {'$not': {'City': 'Cork'}}}")))
                .hasMessageStartingWith("$not needs an object of operators");
        assertThatThrownBy(() -> Scope.parse(Json.parse("{'$not': {'Age': 5}}")))
                .hasMessage("'$not' needs a field at the top of the scope: write {\"Field\": {\"$not\": ...}}, or use $nor");
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
