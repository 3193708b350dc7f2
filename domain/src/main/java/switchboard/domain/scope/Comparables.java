package switchboard.domain.scope;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code $gt}, {@code $gte}, {@code $lt} and {@code $lte} compare: Fliplet turns both
 * sides into numbers first, because data-source values are mostly strings.
 *
 * <ul>
 *   <li>A number stays a number.</li>
 *   <li>A string that looks like a date becomes its instant, as milliseconds since the
 *       epoch (so it also compares with plain numbers). Two shapes are dates:
 *       {@code 2024-03-01} (year, month, day) and {@code 03-01-2024} (month, day, year,
 *       the order JavaScript's {@code Date} reads it in, so {@code 01-02-2022} is 2 January
 *       2022), with {@code -} or {@code .} as separators (one kind per date) and years of
 *       four digits. Either may go on with a time, {@code T} or a space then
 *       {@code HH:mm}, optional {@code :ss} and fraction, optional {@code Z},
 *       {@code +02:00} or {@code +0200}; without an offset it is UTC. Surrounding blanks are ignored. A
 *       string of that shape that is no calendar date ({@code 2024-13-45}) is not
 *       comparable at all.</li>
 *   <li>Any other string becomes the number it starts with once leading non-numeric
 *       characters are dropped: {@code "$80"} is 80, {@code "1,000"} is 1, {@code "v.2"} is
 *       0.2; a sign right before the digits counts ({@code "Room-5"} is -5). Exponents are
 *       not read ({@code "1e3"} is 1). No digits, or more than
 *       {@value Loose#MAX_NUMBER_LENGTH} characters of number: not comparable.</li>
 *   <li>Null, booleans, arrays and objects are not comparable.</li>
 * </ul>
 */
final class Comparables {

    private static final String TIME = "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-.])(\\d{2})\\2(\\d{2})" + TIME);
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{2})([-.])(\\d{2})\\2(\\d{4})" + TIME);
    private static final Pattern LEADING_NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");

    private Comparables() {
    }

    static Optional<BigDecimal> of(Object value) {
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            Matcher yearFirst = YEAR_FIRST.matcher(trimmed);
            if (yearFirst.matches()) {
                return instant(yearFirst, 1, 3, 4);
            }
            Matcher monthFirst = MONTH_FIRST.matcher(trimmed);
            if (monthFirst.matches()) {
                return instant(monthFirst, 4, 1, 3);
            }
            return leadingNumber(text);
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> instant(Matcher date, int year, int month, int day) {
        try {
            LocalDate calendarDay = LocalDate.of(number(date, year), number(date, month), number(date, day));
            LocalTime time = date.group(5) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(number(date, 5), number(date, 6), date.group(7) == null ? 0 : number(date, 7), nanos(date.group(8)));
            ZoneOffset offset = date.group(9) == null ? ZoneOffset.UTC : ZoneOffset.of(date.group(9));
            Instant instant = calendarDay.atTime(time).toInstant(offset);
            return Optional.of(BigDecimal.valueOf(instant.getEpochSecond()).movePointRight(3)
                    .add(BigDecimal.valueOf(instant.getNano(), 6)));
        } catch (DateTimeException notACalendarDate) {
            return Optional.empty();
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    }

    private static Optional<BigDecimal> leadingNumber(String text) {
        Matcher number = LEADING_NUMBER.matcher(text);
        if (!number.find() || number.end() - number.start() > Loose.MAX_NUMBER_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number.group()));
    }
}
