package switchboard.domain.scope;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each row: a scope, a contact's data, and whether the scope matches it. JSON with single quotes. */
class ScopeMatchingTest {

    private static final String ROW = "{0} on {1} -> {2}";

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': 'nick@example.org'}                | {'Email': 'nick@example.org'}                 | true
            {'Email': 'nick@example.org'}                | {'Email': 'Nick@example.org'}                 | false
            {'Email': 'nick@example.org'}                | {}                                            | false
            {'Age': 35}                                  | {'Age': 35}                                   | true
            {'Age': 35}                                  | {'Age': 35.0}                                 | true
            {'Age': 35}                                  | {'Age': '35'}                                 | true
            {'Age': '35'}                                | {'Age': 35}                                   | true
            {'Age': 35}                                  | {'Age': '035'}                                | true
            {'Age': 35}                                  | {'Age': '35.00'}                              | true
            {'Age': -1.5}                                | {'Age': '-1.5'}                               | true
            {'Age': 35}                                  | {'Age': '35 years'}                           | false
            {'Age': 35}                                  | {'Age': ' 35'}                                | false
            {'Age': 35}                                  | {'Age': '3.5e1'}                              | false
            {'Age': '35'}                                | {'Age': '35.0'}                               | false
            {'Active': true}                             | {'Active': true}                              | true
            {'Active': true}                             | {'Active': 'true'}                            | false
            {'Active': 1}                                | {'Active': true}                              | false
            {'Age': {'$eq': 35}}                         | {'Age': '35'}                                 | true
            {'Age': {'$eq': 35}}                         | {'Age': 36}                                   | false
            {'Tags': 'vip'}                              | {'Tags': ['new', 'vip']}                      | true
            {'Tags': ['new', 'vip']}                     | {'Tags': ['new', 'vip']}                      | true
            {'Tags': ['vip', 'new']}                     | {'Tags': ['new', 'vip']}                      | false
            {'Tags': ['new']}                            | {'Tags': [['new'], 'x']}                      | true
            {'Tags': []}                                 | {'Tags': []}                                  | true
            {'Tags': []}                                 | {'Tags': ['a']}                               | false
            {'Address': {'City': 'Cork', 'Zip': 'T12'}}  | {'Address': {'Zip': 'T12', 'City': 'Cork'}}   | true
            {'Address': {'City': 'Cork'}}                | {'Address': {'Zip': 'T12', 'City': 'Cork'}}   | false
            {'Address': {'Zip': 12}}                     | {'Address': {'Zip': '12'}}                    | true
            {'Address': {}}                              | {'Address': {}}                               | true
            {'Phones': {'Type': 'home'}}                 | {'Phones': [{'Type': 'home'}]}                | true
            {'Age': {'$ne': 35}}                         | {'Age': '35'}                                 | false
            {'Age': {'$ne': 35}}                         | {'Age': 36}                                   | true
            {'Age': {'$ne': 35}}                         | {}                                            | true
            {'Tags': {'$ne': 'vip'}}                     | {'Tags': ['new', 'vip']}                      | false
            {'Tags': {'$ne': 'old'}}                     | {'Tags': ['new', 'vip']}                      | true
            """)
    void equality(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Nick': null}                               | {'Nick': null}                                | true
            {'Nick': null}                               | {}                                            | true
            {'Nick': null}                               | {'Nick': ''}                                  | false
            {'Nick': null}                               | {'Nick': [null, 'x']}                         | true
            {'Nick': null}                               | {'Nick': []}                                  | false
            {'Nick': {'$eq': null}}                      | {}                                            | true
            {'Nick': {'$ne': null}}                      | {}                                            | false
            {'Nick': {'$ne': null}}                      | {'Nick': null}                                | false
            {'Nick': {'$ne': null}}                      | {'Nick': 'x'}                                 | true
            {'Nick': {'$exists': true}}                  | {'Nick': null}                                | true
            {'Nick': {'$exists': true}}                  | {}                                            | false
            {'Nick': {'$exists': false}}                 | {}                                            | true
            {'Nick': {'$exists': false}}                 | {'Nick': null}                                | false
            {'Address.City': null}                       | {'Address': null}                             | true
            {'Address.City': {'$exists': false}}         | {'Address': 'Cork'}                           | true
            {'Phones.Type': null}                        | {'Phones': [{'Type': 'home'}, {}]}            | true
            {'Phones.Type': {'$exists': true}}           | {'Phones': [{'Type': 'home'}, {}]}            | true
            {'Phones.Type': {'$exists': false}}          | {'Phones': [{'Type': 'home'}, {}]}            | false
            {'Phones.Type': null}                        | {'Phones': []}                                | false
            {'Nick': {'$in': ['x', null]}}               | {}                                            | true
            {'Nick': {'$nin': [null]}}                   | {}                                            | false
            """)
    void nullAndMissing(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Age': {'$gt': 30}}                         | {'Age': 35}                                   | true
            {'Age': {'$gt': 35}}                         | {'Age': 35}                                   | false
            {'Age': {'$gte': 35}}                        | {'Age': 35}                                   | true
            {'Age': {'$lt': 35}}                         | {'Age': 34.5}                                 | true
            {'Age': {'$lt': 35}}                         | {'Age': 35}                                   | false
            {'Age': {'$lte': 35}}                        | {'Age': 35.0}                                 | true
            {'Age': {'$gt': 30}}                         | {'Age': '35'}                                 | true
            {'Age': {'$gt': '30'}}                       | {'Age': 35}                                   | true
            {'Age': {'$gt': '30'}}                       | {'Age': '4'}                                  | false
            {'Price': {'$gt': 50}}                       | {'Price': '$80'}                              | true
            {'Price': {'$lt': 100}}                      | {'Price': 'USD 80.50'}                        | true
            {'Price': {'$gt': '$79.99'}}                 | {'Price': 80}                                 | true
            {'Temp': {'$lt': 0}}                         | {'Temp': '-5 C'}                              | true
            {'Score': {'$gt': 1}}                        | {'Score': '1,000'}                            | false
            {'Age': {'$gt': 30}}                         | {'Age': 'unknown'}                            | false
            {'Age': {'$lt': 30}}                         | {'Age': 'unknown'}                            | false
            {'Age': {'$gt': 'abc'}}                      | {'Age': 35}                                   | false
            {'Age': {'$lt': 'abc'}}                      | {'Age': 'xyz'}                                | false
            {'Age': {'$gt': 30}}                         | {}                                            | false
            {'Age': {'$gt': 30}}                         | {'Age': null}                                 | false
            {'Age': {'$gt': 0}}                          | {'Age': true}                                 | false
            {'Age': {'$gt': 0}}                          | {'Age': {'n': 1}}                             | false
            {'Scores': {'$gt': 90}}                      | {'Scores': [70, 95]}                          | true
            {'Scores': {'$gt': 90}}                      | {'Scores': [70, 85]}                          | false
            {'Scores': {'$gt': 80, '$lt': 90}}           | {'Scores': [70, 95]}                          | true
            {'Age': {'$gt': 30, '$lt': 40}}              | {'Age': 45}                                   | false
            """)
    void looseComparisons(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Joined': {'$gt': '2024-01-01'}}                | {'Joined': '2024-03-01'}             | true
            {'Joined': {'$lt': '2024-01-01'}}                | {'Joined': '2023-12-31'}             | true
            {'Joined': {'$gt': '2024-01-01'}}                | {'Joined': '2023-12-31'}             | false
            {'Joined': {'$gte': '2024-03-01'}}               | {'Joined': '2024-03-01T00:00:00Z'}   | true
            {'Joined': {'$gt': '2024-03-01'}}                | {'Joined': '2024-03-01T00:00:01Z'}   | true
            {'Joined': {'$gt': '2024-03-01 10:00'}}          | {'Joined': '2024-03-01T10:00:00.5'}  | true
            {'Joined': {'$gt': '2024-03-01T10:00:00+02:00'}} | {'Joined': '2024-03-01T09:00:00Z'}   | true
            {'Joined': {'$lt': '2024-03-01T10:00:00+0200'}}  | {'Joined': '2024-03-01T07:59:00Z'}   | true
            {'Joined': {'$gt': '2022-01-01'}}                | {'Joined': '01-02-2022'}             | true
            {'Joined': {'$lt': '2022-01-03'}}                | {'Joined': '01-02-2022'}             | true
            {'Joined': {'$gt': '2022-01-15'}}                | {'Joined': '01-02-2022'}             | false
            {'Joined': {'$gte': '2022.01.02'}}               | {'Joined': '01.02.2022'}             | true
            {'Joined': {'$lte': '2022-01-02'}}               | {'Joined': '01.02.2022'}             | true
            {'Joined': {'$gt': '12-31-2021'}}                | {'Joined': '2022-01-01'}             | true
            {'Joined': {'$gt': '2024-01-01'}}                | {'Joined': ' 2024-03-01 '}           | true
            {'Joined': {'$gt': '2024-01-01'}}                | {'Joined': '2024-13-45'}             | false
            {'Joined': {'$lt': '2024-01-01'}}                | {'Joined': '2024-13-45'}             | false
            {'Joined': {'$lt': '2024-01-01'}}                | {'Joined': '31-01-2024'}             | false
            {'Joined': {'$gt': 1709251199999}}               | {'Joined': '2024-03-01'}             | true
            {'Joined': {'$gt': 1709251200000}}               | {'Joined': '2024-03-01'}             | false
            {'Joined': {'$gt': '2024-01-01'}}                | {'Joined': 'soon'}                   | false
            """)
    void dates(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$in': ['nick@example.org', 'john@example.org']}} | {'Email': 'john@example.org'}    | true
            {'Email': {'$in': ['nick@example.org', 'john@example.org']}} | {'Email': 'jane@example.org'}    | false
            {'Age': {'$in': [30, 35]}}                    | {'Age': '35'}                                | true
            {'Tags': {'$in': ['vip', 'gold']}}            | {'Tags': ['new', 'gold']}                    | true
            {'Tags': {'$in': []}}                         | {'Tags': ['new']}                            | false
            {'Address': {'$in': [{'City': 'Cork'}]}}      | {'Address': {'City': 'Cork'}}                | true
            {'Email': {'$nin': ['nick@example.org']}}     | {'Email': 'john@example.org'}                | true
            {'Email': {'$nin': ['nick@example.org']}}     | {'Email': 'nick@example.org'}                | false
            {'Email': {'$nin': ['nick@example.org']}}     | {}                                           | true
            {'Tags': {'$nin': ['vip']}}                   | {'Tags': ['new', 'vip']}                     | false
            {'Tags': {'$nin': []}}                        | {'Tags': ['new']}                            | true
            {'Tags': {'$all': ['new', 'vip']}}            | {'Tags': ['vip', 'x', 'new']}                | true
            {'Tags': {'$all': ['new', 'vip']}}            | {'Tags': ['new']}                            | false
            {'Tags': {'$all': ['new']}}                   | {'Tags': 'new'}                              | true
            {'Tags': {'$all': [1, 2]}}                    | {'Tags': ['2', '1']}                         | true
            {'Tags': {'$all': ['new']}}                   | {}                                           | false
            """)
    void sets(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Tags': {'$size': 2}}                        | {'Tags': ['a', 'b']}                         | true
            {'Tags': {'$size': 2}}                        | {'Tags': ['a']}                              | false
            {'Tags': {'$size': 2.0}}                      | {'Tags': ['a', 'b']}                         | true
            {'Tags': {'$size': 0}}                        | {'Tags': []}                                 | true
            {'Tags': {'$size': 0}}                        | {}                                           | false
            {'Tags': {'$size': 1}}                        | {'Tags': 'a'}                                | false
            {'Tags': {'$size': 1}}                        | {'Tags': [['a', 'b']]}                       | true
            {'Phones.Numbers': {'$size': 2}}              | {'Phones': [{'Numbers': [1, 2]}]}            | true
            {'Age': {'$mod': [5, 0]}}                     | {'Age': 35}                                  | true
            {'Age': {'$mod': [5, 1]}}                     | {'Age': 35}                                  | false
            {'Age': {'$mod': [4, 3]}}                     | {'Age': '35'}                                | true
            {'Age': {'$mod': [4, 3]}}                     | {'Age': 35.9}                                | false
            {'Age': {'$mod': [3, -1]}}                    | {'Age': -7}                                  | true
            {'Age': {'$mod': [3, 2]}}                     | {'Age': -7}                                  | false
            {'Age': {'$mod': [2, 0]}}                     | {'Age': 'ten'}                               | false
            {'Age': {'$mod': [2, 0]}}                     | {}                                           | false
            {'Age': {'$mod': [2, 0]}}                     | {'Age': 0.5}                                 | false
            {'Age': {'$mod': [2, 0.5]}}                   | {'Age': 0.5}                                 | true
            {'Ids': {'$mod': [2, 1]}}                     | {'Ids': [4, 7]}                              | true
            {'Age': {'$type': 'number'}}                  | {'Age': 35}                                  | true
            {'Age': {'$type': 'number'}}                  | {'Age': '35'}                                | false
            {'Age': {'$type': 'int'}}                     | {'Age': 35.5}                                | true
            {'Age': {'$type': 'string'}}                  | {'Age': '35'}                                | true
            {'Ok': {'$type': 'bool'}}                     | {'Ok': false}                                | true
            {'Ok': {'$type': 'boolean'}}                  | {'Ok': 'false'}                              | false
            {'Tags': {'$type': 'array'}}                  | {'Tags': []}                                 | true
            {'Tags': {'$type': 'string'}}                 | {'Tags': [1, 'a']}                           | true
            {'Tags': {'$type': 'object'}}                 | {'Tags': [1, 'a']}                           | false
            {'Address': {'$type': 'object'}}              | {'Address': {}}                              | true
            {'Nick': {'$type': 'null'}}                   | {'Nick': null}                               | true
            {'Nick': {'$type': 'null'}}                   | {}                                           | false
            {'Nick': {'$type': ['string', 'null']}}       | {'Nick': null}                               | true
            """)
    void elementOperators(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Phones': {'$elemMatch': {'Type': 'home', 'Number': {'$regex': '^[+]353'}}}} | {'Phones': [{'Type': 'home', 'Number': '+44 1'}, {'Type': 'work', 'Number': '+353 1'}]} | false
            {'Phones': {'$elemMatch': {'Type': 'work', 'Number': {'$regex': '^[+]353'}}}} | {'Phones': [{'Type': 'home', 'Number': '+44 1'}, {'Type': 'work', 'Number': '+353 1'}]} | true
            {'Phones.Type': 'home', 'Phones.Number': {'$regex': '^[+]353'}}               | {'Phones': [{'Type': 'home', 'Number': '+44 1'}, {'Type': 'work', 'Number': '+353 1'}]} | true
            {'Phones': {'$elemMatch': {'$or': [{'Type': 'fax'}, {'Type': 'work'}]}}}       | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}   | true
            {'Phones': {'$elemMatch': {'Type': null}}}                                     | {'Phones': ['+353 1']}                             | true
            {'Phones': {'$elemMatch': {'Type': null}}}                                     | {'Phones': ['+353 1', {'Number': 1}]}              | true
            {'Scores': {'$elemMatch': {'$gte': 80, '$lt': 85}}}                            | {'Scores': [70, 82]}                               | true
            {'Scores': {'$elemMatch': {'$gte': 80, '$lt': 85}}}                            | {'Scores': [70, 95]}                               | false
            {'Scores': {'$elemMatch': {'$gte': 80}}}                                       | {'Scores': 90}                                     | false
            {'Scores': {'$elemMatch': {'$gte': 80}}}                                       | {}                                                 | false
            {'Scores': {'$elemMatch': {'$not': {'$gte': 80}}}}                             | {'Scores': [90, 70]}                               | true
            """)
    void elemMatch(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$regex': '@example[.]org$'}}                 | {'Email': 'nick@example.org'}   | true
            {'Email': {'$regex': 'nick'}}                            | {'Email': 'x.nick@example.org'} | true
            {'Email': {'$regex': '^NICK'}}                           | {'Email': 'nick@example.org'}   | false
            {'Email': {'$regex': '^NICK', '$options': 'i'}}          | {'Email': 'nick@example.org'}   | true
            {'Bio': {'$regex': '^two', '$options': 'm'}}             | {'Bio': 'one\\ntwo'}            | true
            {'Bio': {'$regex': '^two'}}                              | {'Bio': 'one\\ntwo'}            | false
            {'Bio': {'$regex': 'one.two'}}                           | {'Bio': 'one\\ntwo'}            | false
            {'Bio': {'$regex': 'one.two', '$options': 's'}}          | {'Bio': 'one\\ntwo'}            | true
            {'Bio': {'$regex': '^ONE.TWO$', '$options': 'ims'}}      | {'Bio': 'one\\ntwo'}            | true
            {'Bio': {'$regex': 'ÉCOLE', '$options': 'i'}}            | {'Bio': 'une école'}            | true
            {'Age': {'$regex': '35'}}                                | {'Age': 35}                     | false
            {'Ok': {'$regex': 'true'}}                               | {'Ok': true}                    | false
            {'Tags': {'$regex': '^v'}}                               | {'Tags': ['new', 'vip']}        | true
            {'Email': {'$regex': 'x'}}                               | {}                              | false
            {'Email': {'$regex': ''}}                                | {'Email': null}                 | false
            {'Name': {'$like': 'ick'}}                               | {'Name': 'Nick'}                | true
            {'Name': {'$like': 'ICK'}}                               | {'Name': 'Nick'}                | false
            {'Name': {'$iLike': 'ICK'}}                              | {'Name': 'Nick'}                | true
            {'Name': {'$iLike': 'nick o'}}                           | {'Name': 'NICK OBrien'}         | true
            {'Name': {'$like': 'ick'}}                               | {}                              | false
            {'Name': {'$like': ''}}                                  | {'Name': 'Nick'}                | true
            {'Name': {'$like': ''}}                                  | {}                              | false
            {'Name': {'$like': 'ul'}}                                | {'Name': null}                  | false
            {'Name': {'$like': '.*'}}                                | {'Name': 'Nick'}                | false
            {'Age': {'$like': '3'}}                                  | {'Age': 35}                     | true
            {'Age': {'$like': 35}}                                   | {'Age': 'age 35'}               | true
            {'Price': {'$like': '1.5'}}                              | {'Price': 1.50}                 | true
            {'Price': {'$like': '1.50'}}                             | {'Price': 1.50}                 | false
            {'Ok': {'$iLike': 'TRU'}}                                | {'Ok': true}                    | true
            {'Tags': {'$iLike': 'VI'}}                               | {'Tags': ['new', 'vip']}        | true
            {'Address': {'$like': 'Cork'}}                           | {'Address': {'City': 'Cork'}}   | false
            """)
    void text(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {}                                                         | {'Any': 1}                         | true
            {'City': 'Cork', 'Age': {'$gte': 18}}                      | {'City': 'Cork', 'Age': 17}        | false
            {'City': 'Cork', 'Age': {'$gte': 18}}                      | {'City': 'Cork', 'Age': 18}        | true
            {'$and': [{'Age': {'$gt': 30}}, {'City': 'Cork'}]}         | {'Age': 35, 'City': 'Cork'}        | true
            {'$and': [{'Age': {'$gt': 30}}, {'City': 'Cork'}]}         | {'Age': 35, 'City': 'Dublin'}      | false
            {'$or': [{'Age': {'$lt': 18}}, {'Age': {'$gt': 65}}]}      | {'Age': 70}                        | true
            {'$or': [{'Age': {'$lt': 18}}, {'Age': {'$gt': 65}}]}      | {'Age': 40}                        | false
            {'$nor': [{'City': 'Cork'}, {'City': 'Dublin'}]}           | {'City': 'Galway'}                 | true
            {'$nor': [{'City': 'Cork'}, {'City': 'Dublin'}]}           | {'City': 'Cork'}                   | false
            {'$nor': [{'City': 'Cork'}]}                               | {}                                 | true
            {'Age': {'$not': {'$gt': 30}}}                             | {'Age': 25}                        | true
            {'Age': {'$not': {'$gt': 30}}}                             | {'Age': 35}                        | false
            {'Age': {'$not': {'$gt': 30}}}                             | {}                                 | true
            {'Age': {'$not': {'$gt': 30}}}                             | {'Age': 'unknown'}                 | true
            {'Age': {'$not': {'$gt': 30, '$lt': 40}}}                  | {'Age': 45}                        | true
            {'Email': {'$not': {'$regex': '@example[.]org$'}}}         | {'Email': 'x@other.com'}           | true
            {'Email': {'$not': {'$regex': '^NICK', '$options': 'i'}}}  | {'Email': 'nick@x.org'}            | false
            {'Tags': {'$not': {'$size': 0}}}                           | {'Tags': []}                       | false
            {'$or': [{'$and': [{'City': 'Cork'}, {'Age': {'$gte': 18}}]}, {'Vip': true}]} | {'City': 'Dublin', 'Vip': true} | true
            {'$or': [{'$and': [{'City': 'Cork'}, {'Age': {'$gte': 18}}]}, {'Vip': true}]} | {'City': 'Cork', 'Age': 17}     | false
            {'$and': [{'$or': [{'A': 1}, {'B': 1}]}, {'$nor': [{'C': 1}]}]}               | {'B': '1', 'C': 2}              | true
            {'$and': [{'$or': [{'A': 1}, {'B': 1}]}, {'$nor': [{'C': 1}]}]}               | {'B': '1', 'C': 1}              | false
            """)
    void logic(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Address.City': 'Cork'}         | {'Address': {'City': 'Cork'}}                                     | true
            {'Address.City': 'Cork'}         | {'Address': 'Cork'}                                               | false
            {'Tags.0': 'new'}                | {'Tags': ['new', 'vip']}                                          | true
            {'Tags.1': 'new'}                | {'Tags': ['new', 'vip']}                                          | false
            {'Tags.5': null}                 | {'Tags': ['new']}                                                 | false
            {'Tags.01': 'vip'}               | {'Tags': ['new', 'vip']}                                          | false
            {'Phones.0.Type': 'home'}        | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}                  | true
            {'Phones.1.Type': 'home'}        | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}                  | false
            {'Phones.Type': 'work'}          | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}                  | true
            {'Phones.Type': 'fax'}           | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}                  | false
            {'Phones.Type': {'$in': ['fax', 'work']}} | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}         | true
            {'Phones.Type': {'$ne': 'home'}} | {'Phones': [{'Type': 'home'}, {'Type': 'work'}]}                  | false
            {'Orders.Items.Sku': 'A1'}       | {'Orders': [{'Items': [{'Sku': 'B2'}]}, {'Items': [{'Sku': 'A1'}]}]} | true
            {'Orders.1.Items.0.Sku': 'B2'}   | {'Orders': [{'Items': [{'Sku': 'B2'}]}, {'Items': [{'Sku': 'A1'}]}]} | false
            {'Grid.1.0': 3}                  | {'Grid': [[1, 2], [3, 4]]}                                        | true
            {'Codes.0': 'x'}                 | {'Codes': {'0': 'x'}}                                             | true
            {'Profile.Tags': 'vip'}          | {'Profile': {'Tags': ['vip']}}                                    | true
            """)
    void paths(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    /** What the gateway refused before it followed Sift: each row's answer is Sift's. */
    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Email': {'$in': 'nick@example.org'}}           | {'Email': 'nick@example.org'}          | true
            {'Email': {'$nin': 'nick@example.org'}}          | {'Email': 'nick@example.org'}          | false
            {'Nick': {'$exists': 1}}                         | {'Nick': null}                         | true
            {'Nick': {'$exists': 0}}                         | {}                                     | true
            {'Nick': {'$exists': 'no'}}                      | {}                                     | false
            {'Age': {'$not': 35}}                            | {'Age': 36}                            | true
            {'Age': {'$not': 35}}                            | {'Age': 35}                            | false
            {'$not': {'Age': 35}}                            | {'Age': 35}                            | false
            {'$not': {'Age': 35}}                            | {'Age': 36}                            | true
            {'Tags': {'$all': []}}                           | {}                                     | true
            {'Tags': {'$all': [{'$gt': 5}]}}                 | {'Tags': [1, 7]}                       | true
            {'Tags': {'$size': '2'}}                         | {'Tags': ['a', 'b']}                   | false
            {'Tags': {'$size': -1}}                          | {'Tags': []}                           | false
            {'Age': {'$mod': [2]}}                           | {'Age': 4}                             | false
            {'Age': {'$mod': [2.5, 1]}}                      | {'Age': 6}                             | true
            {'Age': {'$mod': [0, 0]}}                        | {'Age': 6}                             | false
            {'Age': {'$mod': [2, 0]}}                        | {'Age': null}                          | true
            {'Age': {'$mod': [2, 0]}}                        | {'Age': []}                            | true
            {'Age': {'$mod': [2, 1]}}                        | {'Age': true}                          | true
            {'Age': {'$mod': [2, 0]}}                        | {'Age': false}                         | true
            {'Age': {'$mod': [2, 0]}}                        | {}                                     | false
            {'Age': {'$mod': [2, '0']}}                      | {'Age': 4}                             | false
            {'Tags.0': 'v'}                                  | {'Tags': 'vip'}                        | true
            {'Name.length': 4}                               | {'Name': 'Nick'}                       | true
            {'Tags.length': {'$gte': 2}}                     | {'Tags': ['a', 'b']}                   | true
            {'Age': {'$gt': true}}                           | {'Age': false}                         | false
            {'Ok': {'$gte': false}}                          | {'Ok': true}                           | true
            {'Age': {'$gte': null}}                          | {'Age': null}                          | true
            {'Age': {'$eq': {'$gt': 5}}}                     | {'Age': {'$gt': 5}}                    | true
            {'$or': [{'Age': 1}, 5]}                         | {'Age': 1}                             | true
            {'$gt': 5}                                       | {'Age': 6}                             | false
            {'Phones': {'$elemMatch': {}}}                   | {'Phones': [1]}                        | true
            {'Age': {'$options': 'i'}}                       | {}                                     | true
            {'a..b': 1}                                      | {'a': {'': {'b': 1}}}                  | true
            {'Email': {'$regex': 5}}                         | {'Email': 'x5'}                        | true
            """)
    void operandsSiftAccepts(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    /** JavaScript's regular expressions, not Java's; each row's answer is Sift's. */
    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Bio': {'$regex': '^line2$'}}                   | {'Bio': 'line2\\n'}                    | false
            {'Bio': {'$regex': '^line2$', '$options': 'm'}}  | {'Bio': 'line1\\nline2\\n'}            | true
            {'Bio': {'$regex': 'a.b'}}                       | {'Bio': 'a\\u0085b'}                   | true
            {'Bio': {'$regex': 'a.b'}}                       | {'Bio': 'a\\u2028b'}                   | false
            {'Bio': {'$regex': '^b', '$options': 'm'}}       | {'Bio': 'a\\u0085b'}                   | false
            {'Bio': {'$regex': '\\\\s'}}                     | {'Bio': '\\u00a0'}                     | true
            {'Bio': {'$regex': '\\\\bcafe'}}                 | {'Bio': 'écafe'}                       | true
            {'Bio': {'$regex': '[]'}}                        | {'Bio': 'x'}                           | false
            {'Bio': {'$regex': '^[^]$'}}                     | {'Bio': '\\n'}                         | true
            {'Bio': {'$regex': 'a{,2}'}}                     | {'Bio': 'a{,2}'}                       | true
            {'Bio': {'$regex': '\\\\a\\\\e'}}                | {'Bio': 'ae'}                          | true
            {'Bio': {'$regex': '\\\\101'}}                   | {'Bio': 'A'}                           | true
            {'Bio': {'$regex': '\\\\1(a)'}}                  | {'Bio': 'a'}                           | true
            {'Bio': {'$regex': '(?<n>a)\\\\k<n>'}}           | {'Bio': 'aa'}                          | true
            {'Bio': {'$regex': 'b', '$options': 'y'}}        | {'Bio': 'ab'}                          | false
            {'Bio': {'$regex': '\\\\p{Lu}', '$options': 'u'}}| {'Bio': 'É'}                           | true
            {'Bio': {'$regex': '\\\\p{Lu}'}}                 | {'Bio': 'p{Lu}'}                       | true
            {'Bio': {'$regex': '[\\\\w\\\\-]+$', '$options': 'v'}} | {'Bio': 'a-b'}                    | true
            {'Bio': {'$regex': 'ÉCOLE', '$options': 'gid'}}  | {'Bio': 'une école'}                   | true
            """)
    void javaScriptRegularExpressions(String query, String data, boolean expected) {
        check(query, data, expected);
    }

    private static void check(String query, String data, boolean expected) {
        assertThat(Scope.parse(Json.parse(query)).matches(Json.object(data))).isEqualTo(expected);
    }
}
