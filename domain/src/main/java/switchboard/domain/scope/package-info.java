/**
 * Sift-style scopes: MongoDB-like queries that select a tenant's contacts by their data,
 * evaluated exactly as sift 17.1.4 evaluates them, with Fliplet's loose comparisons.
 * {@link switchboard.domain.scope.Scope#parse} checks a JSON query once and plans its
 * {@link switchboard.domain.scope.Operation}s; {@link switchboard.domain.scope.Scope#matches}
 * runs a fresh copy of them per contact. docs/fliplet.md ("Scopes") is the reference for
 * callers, with every place where the gateway departs from Sift; {@code ScopeDifferentialTest}
 * compares the two on random queries.
 *
 * <h2>How Sift evaluates, and so this package</h2>
 * <ul>
 *   <li>A query object's operators ({@code $...} keys) test the value the query is applied
 *       to; its other keys are dotted paths, each with an expression: an object holding
 *       operators, or any other value to equal. Keys are visited in JavaScript's order
 *       (array-index keys first). All clauses must hold.</li>
 *   <li>A path is walked as JavaScript reads properties ({@link switchboard.domain.scope.Js}):
 *       an object by key, an array or a string by index or {@code length}. An array met with
 *       a key that is no number, or at the path's end, offers each element to the operators
 *       (nested arrays element by element too) and then the array itself. A nullish value
 *       ends the walk early: it is offered as no leaf, so {@code $exists} ignores it.</li>
 *   <li>Operators are small state machines ({@code keep}, {@code done}), offered one value
 *       at a time: equality holds once a value equals; {@code $ne} and {@code $nin} fail
 *       once one does; {@code $exists} is settled by the first key present at the path's
 *       end; {@code $not} is the opposite of its query over what was offered; {@code $or}
 *       and {@code $nor} ask their queries about every value without resetting them.</li>
 *   <li>Values are JavaScript's: numbers are doubles, a missing value is {@code undefined}
 *       (equal to null), {@code $mod} and Sift's own ordering convert as JavaScript's
 *       {@code %} and {@code <} do, and {@code $regex} is a JavaScript regular expression
 *       ({@link switchboard.domain.scope.JsRegex}).</li>
 * </ul>
 *
 * <h2>Fliplet's extensions</h2>
 * {@code $like} and {@code $iLike} ({@link switchboard.domain.scope.Loose#text}); equality
 * that takes a number for its plain decimal text ({@link switchboard.domain.scope.Loose#equal});
 * ordering that compares numbers, dates and leading numbers when the operand is a number or a
 * text ({@link switchboard.domain.scope.Comparables}); more {@code $type} names
 * ({@link switchboard.domain.scope.JsonType}).
 *
 * <h2>Refused, never run</h2>
 * What Sift refuses (unknown operators, operators in the wrong case, {@code $and/$or/$nor}
 * without a non-empty array or inside a field, an object mixing operators and field names,
 * {@code $in/$nin} values holding operators, {@code $all} without an array, {@code $elemMatch}
 * without an object, {@code $mod} without a list, a regex or flags that do not compile, an
 * unknown {@code $type} name), and {@code $where} and anything else that would run code.
 * Every message names the operator and the path.
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
