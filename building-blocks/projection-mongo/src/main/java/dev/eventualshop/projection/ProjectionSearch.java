package dev.eventualshop.projection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A search of a public view ({@link ProjectionStore#search}): the documents with a view whose top-level fields
 * equal {@code equals}, and, when {@code text} is given, one of whose {@code textFields} contains it, ignoring case;
 * sorted ascending by {@code sortFields} then by document id, so pages are stable; page {@code page} of
 * {@code size} documents.
 *
 * <p>The text is taken literally: a store matches it as a quoted pattern, so regular-expression metacharacters
 * and anything that looks like a MongoDB operator match only themselves. Field names are plain names and
 * {@code equals} values plain scalars, so nothing a client sends can become part of a query's structure.
 *
 * @param text {@code null} or blank: no text condition
 */
public record ProjectionSearch(Map<String, Object> equals, List<String> textFields, String text,
                               List<String> sortFields, int page, int size) {

    /** The most documents one page holds. */
    public static final int MAX_SIZE = 1_000;
    /** The longest text searched for. */
    public static final int MAX_TEXT = 200;

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public ProjectionSearch {
        equals = Collections.unmodifiableMap(new LinkedHashMap<>(equals));
        textFields = List.copyOf(textFields);
        sortFields = List.copyOf(sortFields);
        equals.forEach((field, value) -> {
            requireField(field);
            if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof Long)) {
                throw new IllegalArgumentException("compare " + field + " with a string, boolean or integer");
            }
        });
        textFields.forEach(ProjectionSearch::requireField);
        sortFields.forEach(ProjectionSearch::requireField);
        if (text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("search for at most " + MAX_TEXT + " characters, no control characters");
        }
        if (hasText(text) && textFields.isEmpty()) {
            throw new IllegalArgumentException("a text search names the fields it searches");
        }
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " of " + size + " is out of range");
        }
    }

    /** Whether the search has a text condition. */
    public boolean hasText() {
        return hasText(text);
    }

    /** How many documents come before the page. */
    public int skip() {
        return page * size;
    }

    /**
     * The text as a regular expression that matches it literally, anywhere in a field: every ASCII character but
     * letters and digits is escaped, which both Java's and MongoDB's (PCRE) syntax read as that character itself.
     * Match it ignoring case.
     */
    public String literalPattern() {
        StringBuilder pattern = new StringBuilder();
        text.strip().codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static void requireField(String field) {
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("name a top-level field of the view, not " + field);
        }
    }
}
