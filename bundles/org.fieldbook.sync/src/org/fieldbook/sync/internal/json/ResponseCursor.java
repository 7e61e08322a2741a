package org.fieldbook.sync.internal.json;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.sync.internal.MalformedResponseException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A parser positioned in one response, reading the current value as the type a column wants. It remembers
 * the row being read so that every complaint names the table, the row, the column and the place in the body.
 */
final class ResponseCursor {

    private static final Pattern GUID = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern WEAK_ETAG = Pattern.compile("W/\"(\\d{1,18})\"");
    private static final int QUOTED_LENGTH = 40;

    private final JsonParser parser;
    private final String entitySet;
    private String rowKey;

    ResponseCursor(JsonParser parser, String entitySet) {
        this.parser = parser;
        this.entitySet = entitySet;
    }

    JsonParser parser() {
        return parser;
    }

    /** @param key the key of the row being read, or null between rows and before a row's key */
    void row(String key) {
        rowKey = key;
    }

    void expect(JsonToken expected, String what) throws MalformedResponseException {
        if (parser.currentToken() != expected) {
            throw malformed(null, "expected " + what + ", found " + found());
        }
    }

    String text(String column) throws IOException {
        require(parser.currentToken() == JsonToken.VALUE_STRING, column, "text");
        return parser.getText();
    }

    /** @return the GUID, lower-cased as the back office and the local store keep keys */
    String guid(String column) throws IOException {
        String text = text(column);
        if (!GUID.matcher(text).matches()) {
            throw malformed(column, "expected a GUID, found " + found());
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** @return the row version of a weak ETag, {@code W/"<versionnumber>"} */
    long etagVersion(String column) throws IOException {
        Matcher version = WEAK_ETAG.matcher(text(column));
        if (!version.matches()) {
            throw malformed(column, "expected a weak ETag W/\"<versionnumber>\", found " + found());
        }
        return Long.parseLong(version.group(1));
    }

    int intValue(String column) throws IOException {
        require(isInteger() && parser.getNumberType() == JsonParser.NumberType.INT, column, "a 32-bit integer");
        return parser.getIntValue();
    }

    long longValue(String column) throws IOException {
        require(isInteger() && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER, column, "a 64-bit integer");
        return parser.getLongValue();
    }

    double doubleValue(String column) throws IOException {
        require(parser.currentToken().isNumeric(), column, "a number");
        return parser.getDoubleValue();
    }

    boolean booleanValue(String column) throws IOException {
        require(parser.currentToken().isBoolean(), column, "true or false");
        return parser.getBooleanValue();
    }

    /** @param column the column, or null when the problem is the body's shape */
    MalformedResponseException malformed(String column, String problem) {
        return new MalformedResponseException(describe(column, problem, parser.currentTokenLocation()));
    }

    MalformedResponseException malformed(JsonProcessingException cause) {
        return new MalformedResponseException(describe(null, cause.getOriginalMessage(), cause.getLocation()), cause);
    }

    private boolean isInteger() {
        return parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
    }

    private void require(boolean ok, String column, String what) throws IOException {
        if (!ok) {
            throw malformed(column, "expected " + what + ", found " + found());
        }
    }

    private String found() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the body";
        }
        return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_NULL -> "null";
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> quoted();
        default -> token.name();
        };
    }

    private String quoted() {
        try {
            String text = parser.getText();
            String shown = text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "…" : text;
            return parser.currentToken() == JsonToken.VALUE_STRING ? "\"" + shown + "\"" : shown;
        } catch (IOException e) {
            return parser.currentToken().name();
        }
    }

    private String describe(String column, String problem, JsonLocation location) {
        StringBuilder message = new StringBuilder("Malformed ").append(entitySet).append(" response");
        if (rowKey != null) {
            message.append(", row ").append(rowKey);
        }
        if (column != null) {
            message.append(", column ").append(column);
        }
        message.append(": ").append(problem);
        if (location != null && location.getLineNr() > 0) {
            message.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(')');
        }
        return message.toString();
    }
}
