package switchboard.domain.scope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * A JavaScript regular expression ({@code new RegExp(source, flags)}, as Sift builds
 * {@code $regex}) run on Java's engine. The source is read with JavaScript's grammar, Annex B
 * included when the {@code u} flag is absent, refused where JavaScript throws a SyntaxError,
 * and written out as a Java pattern that means the same:
 * <ul>
 *   <li>{@code $} is the end of the input ({@code \z}), never before a final line break;
 *       with {@code m}, {@code ^} and {@code $} also hold next to JavaScript's line
 *       terminators (LF, CR, U+2028, U+2029) and no others.</li>
 *   <li>{@code .} matches anything but those terminators, anything at all with {@code s}.</li>
 *   <li>{@code \s} is JavaScript's white space (NBSP, U+FEFF and the Unicode spaces too);
 *       {@code \d}, {@code \w} and {@code \b} are ASCII; {@code \v} is U+000B.</li>
 *   <li>{@code []} matches nothing and {@code [^]} anything; a lone {@code {}, {@code }}
 *       or {@code ]}, an unknown escape ({@code \a}, {@code \e}, {@code \Q}) and an octal
 *       escape ({@code \101}) are literal characters without {@code u}, errors with it.</li>
 *   <li>Named groups and {@code \k<name>} become numbered groups; a back reference that
 *       names no group is an octal escape or a literal digit, as Annex B says.</li>
 *   <li>Flags: {@code i} (Unicode case), {@code m}, {@code s}, {@code u} (code points, strict
 *       syntax, <code>&#92;u{...}</code> and {@code \p{...}} for general categories, scripts and a few
 *       binary properties), {@code v} (as {@code u}, for classes without set notation),
 *       {@code y} (the match starts at the first character), {@code g} and {@code d} (no
 *       effect on a test).</li>
 * </ul>
 * Refused although JavaScript accepts them: a look-behind of unbounded length (Java's engine
 * cannot run it), the set notation of the {@code v} flag, and {@code \p{...}} properties
 * beyond those listed. A back reference to a group that cannot have taken part matches
 * nothing, as in JavaScript; one to a group that was skipped ({@code (a)?b\1} on {@code "b"})
 * fails, where JavaScript matches the empty string.
 */
final class JsRegex {

    /** What JavaScript would throw as a SyntaxError, or what Java's engine cannot run. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private static final String TERMINATORS = "\\n\\r\\u2028\\u2029";
    private static final String WORD = "[A-Za-z0-9_]";
    private static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
    private static final String NOT_BOUNDARY = "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";
    private static final String SPACES = Js.WHITE_SPACE.chars().mapToObj(JsRegex::hex)
            .collect(Collectors.joining());
    private static final Pattern BRACES = Pattern.compile("\\{(\\d+)(,(\\d*))?}");
    private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|/";
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("Letter", "L"), Map.entry("Cased_Letter", "LC"), Map.entry("Uppercase_Letter", "Lu"),
            Map.entry("Lowercase_Letter", "Ll"), Map.entry("Titlecase_Letter", "Lt"), Map.entry("Modifier_Letter", "Lm"),
            Map.entry("Other_Letter", "Lo"), Map.entry("Mark", "M"), Map.entry("Nonspacing_Mark", "Mn"),
            Map.entry("Spacing_Mark", "Mc"), Map.entry("Enclosing_Mark", "Me"), Map.entry("Number", "N"),
            Map.entry("Decimal_Number", "Nd"), Map.entry("Letter_Number", "Nl"), Map.entry("Other_Number", "No"),
            Map.entry("Punctuation", "P"), Map.entry("Connector_Punctuation", "Pc"), Map.entry("Dash_Punctuation", "Pd"),
            Map.entry("Open_Punctuation", "Ps"), Map.entry("Close_Punctuation", "Pe"), Map.entry("Initial_Punctuation", "Pi"),
            Map.entry("Final_Punctuation", "Pf"), Map.entry("Other_Punctuation", "Po"), Map.entry("Symbol", "S"),
            Map.entry("Math_Symbol", "Sm"), Map.entry("Currency_Symbol", "Sc"), Map.entry("Modifier_Symbol", "Sk"),
            Map.entry("Other_Symbol", "So"), Map.entry("Separator", "Z"), Map.entry("Space_Separator", "Zs"),
            Map.entry("Line_Separator", "Zl"), Map.entry("Paragraph_Separator", "Zp"), Map.entry("Other", "C"),
            Map.entry("Control", "Cc"), Map.entry("Format", "Cf"), Map.entry("Surrogate", "Cs"),
            Map.entry("Private_Use", "Co"), Map.entry("Unassigned", "Cn"));
    private static final Map<String, String> BINARY_PROPERTIES = Map.of(
            "Alphabetic", "\\p{IsAlphabetic}", "White_Space", "\\p{IsWhite_Space}", "Uppercase", "\\p{IsUppercase}",
            "Lowercase", "\\p{IsLowercase}", "Ideographic", "\\p{IsIdeographic}", "Hex_Digit", "\\p{IsHex_Digit}",
            "Noncharacter_Code_Point", "\\p{IsNoncharacter_Code_Point}", "Any", "\\x{0}-\\x{10ffff}", "ASCII", "\\x{0}-\\x{7f}",
            "Assigned", "\\P{Cn}");

    private final String source;
    private final Pattern pattern;
    private final boolean sticky;

    private JsRegex(String source, Pattern pattern, boolean sticky) {
        this.source = source;
        this.pattern = pattern;
        this.sticky = sticky;
    }

    static JsRegex compile(String source, String flags) throws SyntaxError {
        for (int i = 0; i < flags.length(); i++) {
            char flag = flags.charAt(i);
            if ("dgimsuyv".indexOf(flag) < 0 || flags.indexOf(flag) != i || flag == 'u' && flags.indexOf('v') >= 0) {
                throw new SyntaxError("invalid flags '" + flags + "'");
            }
        }
        String translated = new Translation(source, flags).run();
        boolean ignoreCase = flags.indexOf('i') >= 0;
        try {
            return new JsRegex(source, Pattern.compile(translated, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0),
                    flags.indexOf('y') >= 0);
        } catch (PatternSyntaxException unsupported) {
            throw new SyntaxError("Java's regex engine cannot run it: " + unsupported.getDescription());
        }
    }

    /** Whether the pattern occurs in the text ({@code RegExp.prototype.test} from index 0). */
    boolean test(CharSequence text) {
        Matcher matcher = pattern.matcher(text);
        return sticky ? matcher.lookingAt() : matcher.find();
    }

    String source() {
        return source;
    }

    private static String hex(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }

    /** One pass over a JavaScript source, writing the Java pattern. */
    private static final class Translation {
        private final String source;
        private final boolean multiline;
        private final boolean dotAll;
        private final boolean unicode;
        /** The v flag: the u flag's reading, with classes that must not use its set notation here. */
        private final boolean sets;
        private final List<String> groupNames = new ArrayList<>();
        private final StringBuilder out = new StringBuilder();
        /** The open groups from the top, each as its node number and the alternative being read in it. */
        private final List<int[]> alternatives = new ArrayList<>();
        private final Map<Integer, List<int[]>> openedAt = new HashMap<>();
        private final Set<Integer> closed = new HashSet<>();
        private int nodes;
        private int captured;
        private int groups;
        private int position;

        Translation(String source, String flags) {
            this.source = source;
            this.multiline = flags.indexOf('m') >= 0;
            this.dotAll = flags.indexOf('s') >= 0;
            this.unicode = flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
            this.sets = flags.indexOf('v') >= 0;
        }

        String run() throws SyntaxError {
            countGroups();
            boolean quantifiable = false;
            Deque<Open> open = new ArrayDeque<>();
            alternatives.add(new int[] {nodes++, 0});
            while (position < source.length()) {
                char c = source.charAt(position);
                switch (c) {
                    case '\\' -> quantifiable = escape();
                    case '.' -> {
                        out.append(dotAll ? "[\\s\\S]" : "[^" + TERMINATORS + "]");
                        position++;
                        quantifiable = true;
                    }
                    case '^' -> {
                        out.append(multiline ? "(?<![^" + TERMINATORS + "])" : "^");
                        position++;
                        quantifiable = false;
                    }
                    case '$' -> {
                        out.append(multiline ? "(?![^" + TERMINATORS + "])" : "\\z");
                        position++;
                        quantifiable = false;
                    }
                    case '[' -> {
                        characterClass();
                        quantifiable = true;
                    }
                    case '(' -> {
                        Open group = group();
                        open.push(group);
                        if (group.number() > 0) {
                            openedAt.put(group.number(), alternatives.stream().map(int[]::clone).toList());
                        }
                        alternatives.add(new int[] {nodes++, 0});
                        quantifiable = false;
                    }
                    case ')' -> {
                        if (open.isEmpty()) {
                            throw new SyntaxError("unmatched ')'");
                        }
                        out.append(')');
                        position++;
                        alternatives.remove(alternatives.size() - 1);
                        Open group = open.pop();
                        closed.add(group.number());
                        quantifiable = group.quantifiable();
                    }
                    case '|' -> {
                        alternatives.get(alternatives.size() - 1)[1]++;
                        out.append('|');
                        position++;
                        quantifiable = false;
                    }
                    case '*', '+', '?', '{' -> quantifiable = quantifier(quantifiable);
                    case '}', ']' -> {
                        if (unicode) {
                            throw new SyntaxError("lone quantifier brackets");
                        }
                        literal(c);
                        position++;
                        quantifiable = true;
                    }
                    default -> {
                        int codePoint = unicode || Character.isSurrogatePair(c, next(1)) ? source.codePointAt(position) : c;
                        literal(codePoint);
                        position += Character.charCount(codePoint);
                        quantifiable = true;
                    }
                }
            }
            if (!open.isEmpty()) {
                throw new SyntaxError("unterminated group");
            }
            return out.toString();
        }

        /** Counts the capturing groups and collects their names, so that back references can be told from octal escapes. */
        private void countGroups() throws SyntaxError {
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    i++;
                    while (i < source.length() && source.charAt(i) != ']') {
                        i += source.charAt(i) == '\\' ? 2 : 1;
                    }
                } else if (c == '(' && !source.startsWith("(?", i)) {
                    groups++;
                    groupNames.add(null);
                } else if (source.startsWith("(?<", i) && !source.startsWith("(?<=", i) && !source.startsWith("(?<!", i)) {
                    int end = source.indexOf('>', i);
                    String name = end < 0 ? "" : source.substring(i + 3, end);
                    if (!isGroupName(name)) {
                        throw new SyntaxError("invalid capture group name");
                    }
                    if (groupNames.contains(name)) {
                        throw new SyntaxError("duplicate capture group name '" + name + "'");
                    }
                    groups++;
                    groupNames.add(name);
                }
            }
        }

        private static boolean isGroupName(String name) {
            return !name.isEmpty() && name.codePoints().allMatch(c -> c == '$' || c == '_' || Character.isUnicodeIdentifierPart(c))
                    && (name.charAt(0) == '$' || name.charAt(0) == '_' || Character.isUnicodeIdentifierStart(name.codePointAt(0)));
        }

        /** Opens a group: whether a quantifier may follow it once closed, and its number if it captures. */
        private Open group() throws SyntaxError {
            if (!source.startsWith("(?", position)) {
                out.append('(');
                position++;
                return new Open(true, ++captured);
            }
            for (String kind : List.of("(?:", "(?=", "(?!", "(?<=", "(?<!")) {
                if (source.startsWith(kind, position)) {
                    out.append(kind);
                    position += kind.length();
                    return new Open(kind.equals("(?:") || !unicode && !kind.startsWith("(?<"), 0);
                }
            }
            if (source.startsWith("(?<", position)) {
                out.append('(');
                position = source.indexOf('>', position) + 1;
                return new Open(true, ++captured);
            }
            throw new SyntaxError("invalid group");
        }

        private record Open(boolean quantifiable, int number) {
        }

        /**
         * {@code \n}: where group n cannot have taken part yet (it has not closed, or it sits in
         * another alternative), JavaScript matches the empty string and Java would fail, so it is
         * written as nothing. Captures inside a repeated group start afresh in each repetition
         * in JavaScript, which this also covers for a reference in another alternative.
         */
        private void backReference(int group) {
            List<int[]> groupAt = openedAt.get(group);
            boolean reachable = closed.contains(group);
            for (int i = 0; reachable && i < Math.min(groupAt.size(), alternatives.size()); i++) {
                if (groupAt.get(i)[0] != alternatives.get(i)[0]) {
                    break;
                }
                reachable = groupAt.get(i)[1] == alternatives.get(i)[1];
            }
            out.append(reachable ? "(?:\\" + group + ")" : "(?:)");
        }

        /** A quantifier, or a literal brace; answers whether another quantifier may follow. */
        private boolean quantifier(boolean quantifiable) throws SyntaxError {
            char c = source.charAt(position);
            String written = String.valueOf(c);
            int end = position + 1;
            if (c == '{') {
                Matcher braces = BRACES.matcher(source).region(position, source.length());
                if (!braces.lookingAt()) {
                    if (unicode) {
                        throw new SyntaxError("incomplete quantifier");
                    }
                    literal('{');
                    position++;
                    return true;
                }
                long min = bounded(braces.group(1));
                Long max = braces.group(2) == null ? Long.valueOf(min) : braces.group(3).isEmpty() ? null : bounded(braces.group(3));
                if (max != null && max < min) {
                    throw new SyntaxError("numbers out of order in {} quantifier");
                }
                written = "{" + min + (braces.group(2) == null ? "" : "," + (max == null ? "" : max)) + "}";
                end = braces.end();
            }
            if (!quantifiable) {
                throw new SyntaxError("nothing to repeat");
            }
            out.append(written);
            position = end;
            if (next(0) == '?') {
                out.append('?');
                position++;
            }
            return false;
        }

        /** Java counts repetitions in an int; no string is long enough to tell a larger bound from it. */
        private static long bounded(String digits) {
            return digits.length() > 9 ? Integer.MAX_VALUE : Math.min(Long.parseLong(digits), Integer.MAX_VALUE);
        }

        /** An escape outside a class; answers whether a quantifier may follow it. */
        private boolean escape() throws SyntaxError {
            position++;
            if (position >= source.length()) {
                throw new SyntaxError("\\ at end of pattern");
            }
            char c = source.charAt(position);
            if (c == 'b' || c == 'B') {
                out.append(c == 'b' ? BOUNDARY : NOT_BOUNDARY);
                position++;
                return false;
            }
            if (c >= '1' && c <= '9') {
                int start = position;
                while (position < source.length() && Character.isDigit(source.charAt(position))) {
                    position++;
                }
                String digits = source.substring(start, position);
                if (digits.length() <= 9 && Integer.parseInt(digits) <= groups) {
                    backReference(Integer.parseInt(digits));
                    return true;
                }
                if (unicode) {
                    throw new SyntaxError("invalid escape");
                }
                position = start;
                literal(legacyEscape().codePoint());
                return true;
            }
            if (c == 'k' && (unicode || groupNames.stream().anyMatch(Objects::nonNull))) {
                int end = source.indexOf('>', position);
                int group = source.startsWith("k<", position) && end > 0 ? groupNames.indexOf(source.substring(position + 2, end)) : -1;
                if (group < 0) {
                    throw new SyntaxError("invalid named reference");
                }
                backReference(group + 1);
                position = end + 1;
                return true;
            }
            Atom atom = characterEscape();
            out.append(atom.set() == null ? hex(atom.codePoint()) : "[" + atom.set() + "]");
            return true;
        }

        /** A character class; {@code []} matches nothing and {@code [^]} anything. */
        private void characterClass() throws SyntaxError {
            position++;
            boolean negated = next(0) == '^';
            if (negated) {
                position++;
            }
            StringBuilder items = new StringBuilder();
            while (true) {
                if (position >= source.length()) {
                    throw new SyntaxError("unterminated character class");
                }
                if (source.charAt(position) == ']') {
                    position++;
                    break;
                }
                Atom first = classAtom();
                checkSetSyntax(false);
                if (next(0) == '-' && position + 1 < source.length() && source.charAt(position + 1) != ']') {
                    position++;
                    Atom last = classAtom();
                    if (first.set() != null || last.set() != null) {
                        if (unicode) {
                            throw new SyntaxError("invalid character class");
                        }
                        items.append(first.item()).append(hex('-')).append(last.item());
                    } else if (first.codePoint() > last.codePoint()) {
                        throw new SyntaxError("range out of order in character class");
                    } else {
                        items.append(first.item()).append('-').append(last.item());
                    }
                } else {
                    items.append(first.item());
                }
            }
            if (items.isEmpty()) {
                out.append(negated ? "[\\s\\S]" : "(?!)");
            } else {
                out.append('[').append(negated ? "^" : "").append(items).append(']');
            }
        }

        /**
         * With the v flag, a class that uses set notation ({@code [\w--a]}, {@code [a&&b]},
         * {@code [[a]]}, {@code \q{..}}) is refused as unsupported, and characters the flag
         * reserves are refused as JavaScript refuses them.
         */
        private void checkSetSyntax(boolean atom) throws SyntaxError {
            if (!sets || position >= source.length() || source.charAt(position) == ']') {
                return;
            }
            char c = source.charAt(position);
            if (c == '[' || source.startsWith("&&", position) || source.startsWith("--", position) || source.startsWith("\\q", position)) {
                throw new SyntaxError("the set notation of the v flag is not supported; the u flag is");
            }
            if ("(){}/|".indexOf(c) >= 0 || atom && c == '-' || "&!#$%*+,.:;<=>?@^`~".indexOf(c) >= 0 && next(1) == c) {
                throw new SyntaxError("invalid set operation in character class");
            }
        }

        private Atom classAtom() throws SyntaxError {
            checkSetSyntax(true);
            if (source.charAt(position) == '\\') {
                position++;
                if (position >= source.length()) {
                    throw new SyntaxError("\\ at end of pattern");
                }
                char c = source.charAt(position);
                if (c == 'b') {
                    position++;
                    return Atom.of('\b');
                }
                if (c == '-' || c == 'c' && !unicode && (Character.isDigit(next(1)) || next(1) == '_')) {
                    position += c == '-' ? 1 : 2;
                    return Atom.of(c == '-' ? '-' : source.charAt(position - 1) % 32);
                }
                if (c >= '1' && c <= '9' && !unicode) {
                    return legacyEscape();
                }
                return characterEscape();
            }
            int codePoint = unicode ? source.codePointAt(position) : source.charAt(position);
            position += Character.charCount(codePoint);
            return Atom.of(codePoint);
        }

        /** The escapes that mean a character or a set of them, inside a class or out; the backslash is read. */
        private Atom characterEscape() throws SyntaxError {
            char c = source.charAt(position);
            position++;
            switch (c) {
                case 'd', 'D', 'w', 'W' -> {
                    return Atom.set("\\" + c);
                }
                case 's' -> {
                    return Atom.set(SPACES);
                }
                case 'S' -> {
                    return Atom.set("[^" + SPACES + "]");
                }
                case 'n' -> {
                    return Atom.of('\n');
                }
                case 'r' -> {
                    return Atom.of('\r');
                }
                case 't' -> {
                    return Atom.of('\t');
                }
                case 'f' -> {
                    return Atom.of('\f');
                }
                case 'v' -> {
                    return Atom.of(0x0B);
                }
                case '0' -> {
                    if (!Character.isDigit(next(0))) {
                        return Atom.of(0);
                    }
                    if (unicode) {
                        throw new SyntaxError("invalid decimal escape");
                    }
                    position--;
                    return legacyEscape();
                }
                case 'c' -> {
                    if (Character.isLetter(next(0)) && next(0) < 128) {
                        position++;
                        return Atom.of(source.charAt(position - 1) % 32);
                    }
                    if (unicode) {
                        throw new SyntaxError("invalid unicode escape");
                    }
                    // Annex B: the backslash stands for itself and the c is read next
                    position--;
                    return Atom.of('\\');
                }
                case 'x' -> {
                    if (isHex(position, 2)) {
                        position += 2;
                        return Atom.of(Integer.parseInt(source.substring(position - 2, position), 16));
                    }
                    return identity(c, "invalid escape");
                }
                case 'u' -> {
                    return unicodeEscape();
                }
                case 'p', 'P' -> {
                    return unicode ? property(c == 'P') : Atom.of(c);
                }
                case '-' -> {
                    return identity(c, "invalid escape");
                }
                default -> {
                    if (SYNTAX_CHARACTERS.indexOf(c) >= 0) {
                        return Atom.of(c);
                    }
                    position--;
                    int codePoint = source.codePointAt(position);
                    position += Character.charCount(codePoint);
                    if (unicode) {
                        throw new SyntaxError("invalid escape");
                    }
                    return Atom.of(codePoint);
                }
            }
        }

        /** Annex B: {@code \1} to {@code \377} are octal escapes, {@code \8} and {@code \9} the digits themselves. */
        private Atom legacyEscape() {
            char first = source.charAt(position);
            if (first > '7') {
                position++;
                return Atom.of(first);
            }
            int value = first - '0';
            position++;
            int more = first <= '3' ? 2 : 1;
            while (more-- > 0 && next(0) >= '0' && next(0) <= '7') {
                value = value * 8 + source.charAt(position) - '0';
                position++;
            }
            return Atom.of(value);
        }

        private Atom unicodeEscape() throws SyntaxError {
            if (unicode && next(0) == '{') {
                int end = source.indexOf('}', position);
                String digits = end < 0 ? "" : source.substring(position + 1, end);
                if (digits.isEmpty() || !digits.chars().allMatch(JsRegex.Translation::isHexDigit) || digits.length() > 8
                        || Long.parseLong(digits, 16) > Character.MAX_CODE_POINT) {
                    throw new SyntaxError("invalid unicode escape");
                }
                position = end + 1;
                return Atom.of(Integer.parseInt(digits, 16));
            }
            if (!isHex(position, 4)) {
                return identity('u', "invalid unicode escape");
            }
            char unit = (char) Integer.parseInt(source.substring(position, position + 4), 16);
            position += 4;
            if (unicode && Character.isHighSurrogate(unit) && source.startsWith("\\u", position) && isHex(position + 2, 4)) {
                char low = (char) Integer.parseInt(source.substring(position + 2, position + 6), 16);
                if (Character.isLowSurrogate(low)) {
                    position += 6;
                    return Atom.of(Character.toCodePoint(unit, low));
                }
            }
            return Atom.of(unit);
        }

        /** {@code \p{...}} with the u flag: a general category, a script, or one of a few binary properties. */
        private Atom property(boolean negated) throws SyntaxError {
            int end = source.indexOf('}', position);
            if (next(0) != '{' || end < 0) {
                throw new SyntaxError("invalid property name");
            }
            String name = source.substring(position + 1, end);
            position = end + 1;
            String java = propertyClass(name);
            if (java == null) {
                throw new SyntaxError("the property \\p{" + name + "} is not supported here");
            }
            return Atom.set(negated ? "[^" + java + "]" : java);
        }

        private static String propertyClass(String name) {
            int equals = name.indexOf('=');
            if (equals >= 0) {
                String key = name.substring(0, equals);
                String value = name.substring(equals + 1);
                if (key.equals("General_Category") || key.equals("gc")) {
                    return category(value);
                }
                if (key.equals("Script") || key.equals("sc")) {
                    try {
                        return "\\p{sc=" + Character.UnicodeScript.forName(value).name().toLowerCase(Locale.ROOT) + "}";
                    } catch (IllegalArgumentException unknown) {
                        return null;
                    }
                }
                return null;
            }
            String category = category(name);
            return category != null ? category : BINARY_PROPERTIES.get(name);
        }

        private static String category(String name) {
            String shortName = CATEGORIES.getOrDefault(name, name);
            return CATEGORIES.containsValue(shortName) ? "\\p{" + shortName + "}" : null;
        }

        private Atom identity(char c, String error) throws SyntaxError {
            if (unicode) {
                throw new SyntaxError(error);
            }
            return Atom.of(c);
        }

        private boolean isHex(int from, int count) {
            return from + count <= source.length() && source.substring(from, from + count).chars().allMatch(Translation::isHexDigit);
        }

        private static boolean isHexDigit(int c) {
            return Character.digit(c, 16) >= 0 && c < 128;
        }

        private char next(int ahead) {
            return position + ahead < source.length() ? source.charAt(position + ahead) : '\0';
        }

        private void literal(int codePoint) {
            out.append(hex(codePoint));
        }
    }

    /** A class atom or escape: one code point, or a set written as the inside of a Java class. */
    private record Atom(int codePoint, String set) {
        static Atom of(int codePoint) {
            return new Atom(codePoint, null);
        }

        static Atom set(String items) {
            return new Atom(-1, items);
        }

        String item() {
            return set == null ? hex(codePoint) : set;
        }
    }
}
