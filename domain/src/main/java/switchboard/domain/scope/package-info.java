/**
 * Sift-style scopes: MongoDB-like queries that select a tenant's contacts by their data,
 * in the dialect of Fliplet's fork of Sift.js. {@link switchboard.domain.scope.Scope#parse}
 * turns a JSON query into an immutable {@link switchboard.domain.scope.Condition} tree once;
 * {@link switchboard.domain.scope.Scope#matches} evaluates it per contact.
 *
 * <h2>Paths</h2>
 * Keys that do not start with {@code $} are dotted field paths. An object is entered by
 * key; on an array a numeric segment ({@code Tags.0}) is an index and any other segment
 * looks into every element ({@code Phones.Type}). A condition holds when it holds for
 * something the path reaches; most conditions also hold when they hold for one element of
 * an array reached ("or element" below). Absent keys, indexes past the end, empty arrays and
 * scalars with segments left are <em>missing</em>. Several operators on one field are
 * separate conditions, so {@code {"Scores": {"$gt": 80, "$lt": 90}}} holds for
 * {@code [70, 95]} (as in MongoDB); {@code $elemMatch} asks for one element meeting all.
 *
 * <h2>Semantics</h2>
 * <table>
 *   <caption>What each form holds for; "value" is what the path reaches</caption>
 *   <tr><th>form</th><th>holds when</th><th>missing field</th></tr>
 *   <tr><td>{@code {"F": v}}, {@code $eq}</td><td>value or element equals v (see equality)</td><td>only if v is null</td></tr>
 *   <tr><td>{@code {"F": null}}</td><td>value is null, or an array holding null</td><td>holds (as MongoDB and Sift)</td></tr>
 *   <tr><td>{@code $ne}, {@code $nin}, {@code $nor}, {@code $not}</td><td>exactly where the positive form fails</td><td>holds unless the positive form does</td></tr>
 *   <tr><td>{@code $gt $gte $lt $lte}</td><td>value or element, made comparable, compares; false if either side is not comparable</td><td>false</td></tr>
 *   <tr><td>{@code $in: [..]}</td><td>{@code $eq} with one entry; {@code []} never holds</td><td>only if an entry is null</td></tr>
 *   <tr><td>{@code $all: [..]}</td><td>{@code $eq} with every entry (non-empty)</td><td>only if all entries are null</td></tr>
 *   <tr><td>{@code $and $or $nor}</td><td>queries (non-empty arrays of objects), at a query's top only</td><td>-</td></tr>
 *   <tr><td>{@code $exists: true}</td><td>the path reaches a value, null included</td><td>false</td></tr>
 *   <tr><td>{@code $size: n}</td><td>value is an array of n elements (no element look-through)</td><td>false</td></tr>
 *   <tr><td>{@code $elemMatch}</td><td>value is an array with one element meeting all criteria: operators test each element, a query tests each object element</td><td>false</td></tr>
 *   <tr><td>{@code $mod: [d, r]}</td><td>number or numeric string, truncated toward zero, {@code % d == r} (sign of the value)</td><td>false</td></tr>
 *   <tr><td>{@code $type}</td><td>value or element has the JSON type; names: string, number (also double, int, long, decimal), boolean (also bool), array, object, null; or an array of names</td><td>false</td></tr>
 *   <tr><td>{@code $regex} + {@code $options} (i, m, s)</td><td>a string value or element contains a match (Java regex syntax); never non-strings</td><td>false</td></tr>
 *   <tr><td>{@code $like}, {@code $iLike}</td><td>the text of a scalar value or element contains the operand's text (case-sensitive / not); null, arrays as such and objects have no text</td><td>false</td></tr>
 * </table>
 *
 * <h2>Loose values (Fliplet)</h2>
 * <ul>
 *   <li><b>Equality</b>: numbers by value ({@code 35} = {@code 35.0}); a number equals a string
 *       that is entirely a plain decimal of the same value ({@code 35} = {@code "35"} =
 *       {@code "035"}, not {@code "35 "} or {@code "3.5e1"}); strings with strings and
 *       booleans with booleans exactly ({@code true} is not {@code 1} or {@code "true"});
 *       arrays element by element in order; objects as whole objects, key by key in any
 *       order, by the same rules.</li>
 *   <li><b>Ordering</b>: both sides become numbers. Numbers stay; date-looking strings become
 *       epoch milliseconds: {@code 2024-03-01} is year-month-day and {@code 01-02-2022} is
 *       <b>month-day-year</b> (2 January 2022, as JavaScript's {@code Date} reads it, which
 *       is what Fliplet's fork does), {@code .} separators too, four-digit years, an optional
 *       time and offset, UTC when none. Other strings become the number they start with once
 *       leading non-numeric characters are dropped ({@code "$80"} is 80). Null, booleans,
 *       arrays and objects are never comparable. Details in {@code Comparables}.</li>
 *   <li><b>Text</b> for {@code $like}: strings as they are, numbers without trailing zeros
 *       ({@code 35}, {@code 1.5}), booleans as {@code true}/{@code false}.</li>
 * </ul>
 *
 * <h2>Where Switchboard departs from Sift.js and Fliplet's fork</h2>
 * <ul>
 *   <li>Negations follow MongoDB everywhere: {@code {"Phones.Type": {"$ne": "home"}}} fails
 *       when any phone is a home phone; Sift lets another phone satisfy it when the path goes
 *       through an array of objects.</li>
 *   <li>Objects compare as whole objects; Sift compares them by reference, so never.</li>
 *   <li>{@code $and/$or/$nor} combine queries only and {@code $not} needs a field, as in
 *       MongoDB; Sift also accepts them inside a field's operators and at the top.</li>
 *   <li>{@code $type} takes type names; Sift's takes JavaScript constructors, which JSON
 *       cannot carry. A regex is written {@code {"$regex": "..", "$options": ".."}}, so
 *       {@code $not} takes an operator object, a regex included.</li>
 *   <li>{@code $like} never matches null (Sift would match the text "null"), and a string
 *       that looks like a date but is no calendar date is not comparable.</li>
 *   <li>{@code $elemMatch} needs an array; {@code $exists} needs a boolean; {@code $mod}
 *       truncates like MongoDB instead of keeping JavaScript's fractional remainder.</li>
 *   <li>Empty {@code $all} and empty {@code $elemMatch} are refused rather than given a
 *       meaning; the empty query {@code {}} matches every contact.</li>
 * </ul>
 *
 * <h2>Refused, never run</h2>
 * {@code $where}, {@code $expr}, {@code $function}, {@code $accumulator} (scopes never run
 * code); unknown operators, including known ones in the wrong case ({@code $EQ}); a field
 * operator at a query's top; a logical operator inside a field; an object mixing operators
 * and field names; operator objects where {@code $eq $ne $in $nin $all} expect plain
 * values; operands of the wrong kind; a regex that does not compile; empty path segments. Every message names the operator and the path.
 *
 * <h2>Bounds</h2>
 * {@link switchboard.domain.scope.ScopeLimits}: the query's depth (nested objects and
 * arrays) and size (every JSON value) are checked while it is copied, and regex patterns
 * have a maximum length. Each regex match reads its input through a budgeted
 * {@link java.lang.CharSequence}; when the budget runs out the evaluation stops with an
 * {@link switchboard.domain.scope.InvalidScopeException} naming the regex and the path,
 * rather than counting as "no match", which a {@code $not} would turn into "match". A
 * match that overflows the stack (Java's engine recurses per repetition of a group with
 * alternatives, so {@code (a|b)+} over thousands of characters can) ends the same way.
 * Numeric texts longer than 100 characters are not read as numbers.
 */
package switchboard.domain.scope;
