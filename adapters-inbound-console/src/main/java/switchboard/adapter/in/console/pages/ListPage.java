package switchboard.adapter.in.console.pages;

import java.util.List;
import java.util.function.Function;

import switchboard.application.shared.PageRequest;

/**
 * One page of a console list: its number (from 0), its rows, and whether another page follows,
 * which asking for one row more than a page holds tells.
 */
record ListPage<T>(int number, List<T> rows, boolean more) {

    static final int SIZE = 25;

    /** Page {@code number} (a negative one is the first) of what {@code list} gives for a page request. */
    static <T> ListPage<T> of(int number, Function<PageRequest, List<T>> list) {
        return cut(number, list.apply(request(number)));
    }

    /** What to ask a list for, to show page {@code number} (a negative one is the first): one row more than a page. */
    static PageRequest request(int number) {
        return new PageRequest(Math.max(number, 0) * SIZE, SIZE + 1);
    }

    /** Page {@code number} of the rows a list gave for {@link #request}. */
    static <T> ListPage<T> cut(int number, List<T> rows) {
        return new ListPage<>(Math.max(number, 0), rows.subList(0, Math.min(rows.size(), SIZE)), rows.size() > SIZE);
    }

    /** No rows: a list not asked for yet. */
    static <T> ListPage<T> empty() {
        return new ListPage<>(0, List.of(), false);
    }

    <R> List<R> rows(Function<T, R> row) {
        return rows.stream().map(row).toList();
    }
}
