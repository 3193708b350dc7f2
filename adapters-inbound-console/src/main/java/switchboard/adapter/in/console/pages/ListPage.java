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
        int page = Math.max(number, 0);
        List<T> rows = list.apply(new PageRequest(page * SIZE, SIZE + 1));
        return new ListPage<>(page, rows.subList(0, Math.min(rows.size(), SIZE)), rows.size() > SIZE);
    }

    <R> List<R> rows(Function<T, R> row) {
        return rows.stream().map(row).toList();
    }
}
