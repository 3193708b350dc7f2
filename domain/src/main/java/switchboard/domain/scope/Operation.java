package switchboard.domain.scope;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One step of a scope's evaluation, the way Sift 17 evaluates a query: a path walker offers
 * the operation each value it reaches ({@link #next}), and the operation settles whether it
 * holds ({@link #keep}) and whether it has seen enough ({@link #done}). An operation holds
 * state for one evaluation; {@link Scope} builds a fresh tree from {@link Supplier}s for each
 * contact, so a parsed scope stays immutable and can be shared.
 *
 * <p>The subclasses follow Sift's operations one for one, so that a scope selects what Sift
 * selects, quirks included: a condition over a path that fans out over arrays sees every
 * element and then the array itself, and negations are settled by what the walk offered.
 */
abstract class Operation {

    boolean keep;
    boolean done;

    void reset() {
        done = false;
        keep = false;
    }

    /**
     * Offers one value the walk reached.
     *
     * @param key   its key in {@code owner}: a String, an Integer index into an array, or null at the top
     * @param owner the object, array or string it was read from, or null at the top
     * @param leaf  whether it is at the end of the path (not an intermediate null)
     */
    abstract void next(Object item, Object key, Object owner, boolean leaf);

    static List<Operation> build(List<Supplier<Operation>> plans) {
        return plans.stream().map(Supplier::get).toList();
    }

    /** Operations that all hold: a query's clauses, a path's operators, {@code $and}, {@code $all}. */
    static class Group extends Operation {
        final List<Operation> children;

        Group(List<Operation> children) {
            this.children = children;
        }

        @Override
        void reset() {
            super.reset();
            children.forEach(Operation::reset);
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            childrenNext(item, key, owner, leaf);
        }

        final void childrenNext(Object item, Object key, Object owner, boolean leaf) {
            boolean allDone = true;
            boolean allKeep = true;
            for (Operation child : children) {
                if (!child.done) {
                    child.next(item, key, owner, leaf);
                }
                if (!child.keep) {
                    allKeep = false;
                }
                if (child.done) {
                    if (!child.keep) {
                        break;
                    }
                } else {
                    allDone = false;
                }
            }
            done = allDone;
            keep = allKeep;
        }
    }

    /** The operators of one field path, offered every value the path reaches. */
    static final class Nested extends Group {
        private final List<String> path;

        Nested(List<String> path, List<Operation> children) {
            super(children);
            this.path = path;
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            walk(item, 0, key, owner, leaf);
        }

        /**
         * Sift's walk: an array met with a key that is no number (or at the path's end) offers
         * each element first, then goes on with the array itself; a nullish value ends the walk
         * early (it is offered, as no leaf). Answers false once the operators are done.
         */
        private boolean walk(Object item, int depth, Object key, Object owner, boolean leaf) {
            String segment = depth < path.size() ? path.get(depth) : null;
            if (item instanceof List<?> array && (segment == null || Js.isNotNumeric(segment) && !segment.equals("length"))) {
                for (int i = 0; i < array.size(); i++) {
                    if (!walk(array.get(i), depth, i, array, leaf)) {
                        return false;
                    }
                }
            }
            if (segment == null || Js.isNullish(item)) {
                childrenNext(item, key, owner, segment == null && (depth > 0 || leaf));
                return !done;
            }
            return walk(Js.property(item, segment), depth + 1, segment, item, true);
        }
    }

    /** A value test, as Sift's EqualsOperation: never offered an array's missing property. */
    static final class Test extends Operation {
        private final Predicate<Object> test;

        Test(Predicate<Object> test) {
            this.test = test;
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            if ((!(owner instanceof List) || Js.hasOwn(owner, key)) && test.test(item)) {
                done = true;
                keep = true;
            }
        }
    }

    /** {@code $ne}: holds until a value equal to the operand turns up. */
    static final class NotEqual extends Operation {
        private final Predicate<Object> equal;

        NotEqual(Predicate<Object> equal) {
            this.equal = equal;
        }

        @Override
        void reset() {
            super.reset();
            keep = true;
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            if (!missingArrayProperty(key, owner) && equal.test(item)) {
                done = true;
                keep = false;
            }
        }
    }

    /** {@code $in}: the last value offered equals one of the operands. */
    static final class In extends Operation {
        private final List<Predicate<Object>> equals;

        In(List<Predicate<Object>> equals) {
            this.equals = equals;
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            if (missingArrayProperty(key, owner)) {
                return;
            }
            boolean found = equals.stream().anyMatch(equal -> equal.test(item));
            keep = found;
            done = found;
        }
    }

    /** {@code $nin}: fails as soon as any value offered is {@code $in}. */
    static final class NotIn extends Operation {
        private final In in;

        NotIn(In in) {
            this.in = in;
        }

        @Override
        void reset() {
            super.reset();
            keep = true;
            in.reset();
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            in.next(item, key, owner, leaf);
            if (in.keep) {
                keep = false;
                done = true;
            }
        }
    }

    /** {@code $exists}: settled by the first key present at the path's end; {@code truthy} is the operand's truthiness. */
    static final class Exists extends Operation {
        private final boolean truthy;

        Exists(boolean truthy) {
            this.truthy = truthy;
        }

        @Override
        void reset() {
            super.reset();
            keep = !truthy;
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            if (leaf && (owner == null ? item != Js.UNDEFINED : Js.hasOwn(owner, key))) {
                done = true;
                keep = truthy;
            }
        }
    }

    /** An operator that runs a query of its own, reset with it. */
    abstract static class OverQuery extends Operation {
        final Operation query;

        OverQuery(Operation query) {
            this.query = query;
        }

        @Override
        void reset() {
            super.reset();
            query.reset();
        }
    }

    /** {@code $elemMatch}: some element of an array offered meets the query on its own. */
    static final class ElemMatch extends OverQuery {
        ElemMatch(Operation query) {
            super(query);
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            if (item instanceof List<?> array) {
                for (int i = 0; i < array.size(); i++) {
                    query.reset();
                    query.next(array.get(i), i, array, true);
                    keep = keep || query.keep;
                }
                // an array inside an array is not searched further
                done = keep || !(owner instanceof Map);
            } else {
                done = false;
                keep = false;
            }
        }
    }

    /** {@code $not}: the opposite of the query, as far as the values offered so far go. */
    static final class Not extends OverQuery {
        Not(Operation query) {
            super(query);
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            query.next(item, key, owner, leaf);
            done = query.done;
            keep = !query.keep;
        }
    }

    /** {@code $or}, and {@code $nor} when {@code negated}: one of the queries holds (or none does). */
    static final class AnyOf extends Operation {
        private final List<Operation> queries;
        private final boolean negated;

        AnyOf(List<Operation> queries, boolean negated) {
            this.queries = queries;
            this.negated = negated;
        }

        @Override
        void reset() {
            super.reset();
            queries.forEach(Operation::reset);
        }

        @Override
        void next(Object item, Object key, Object owner, boolean leaf) {
            boolean found = false;
            for (Operation query : queries) {
                query.next(item, key, owner, leaf);
                if (query.keep) {
                    found = true;
                    break;
                }
            }
            done = found;
            keep = found != negated;
        }
    }

    /** Sift's test for a key that an array lacks and that is not a number ({@code Phones.Type} on the array itself). */
    private static boolean missingArrayProperty(Object key, Object owner) {
        return owner instanceof List && key instanceof String name && !Js.hasOwn(owner, name) && Js.isNotNumeric(name);
    }
}
