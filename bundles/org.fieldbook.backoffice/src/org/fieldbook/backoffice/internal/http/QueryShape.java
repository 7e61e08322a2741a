package org.fieldbook.backoffice.internal.http;

import java.util.Set;

/**
 * How deep and long a decoded query is, outside its quoted strings (where {@code ''} is a quote).
 *
 * @param depth the deepest nesting of parentheses
 * @param operators how many {@code and}, {@code or} and {@code not} words it has
 * @param words how many words it has, separated by spaces, {@code +} (a space in a form-encoded query) and {@code &}
 * @param arithmetic how many arithmetic operators ({@code add}, {@code sub}, …) it has, which the back office does not
 *        serve and Olingo's parser can fail on without a word (a {@code null} operand)
 */
record QueryShape(int depth, int operators, int words, int arithmetic) {

    private static final Set<String> OPERATORS = Set.of("and", "or", "not");
    private static final Set<String> ARITHMETIC = Set.of("add", "sub", "mul", "div", "divby", "mod");

    static QueryShape of(String query) {
        int depth = 0;
        int deepest = 0;
        int operators = 0;
        int words = 0;
        int arithmetic = 0;
        boolean quoted = false;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            if (c == '\'') {
                quoted = !quoted;
            }
            if (quoted) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '+' || c == '&' || c == '(' || c == ')') {
                if (!word.isEmpty()) {
                    words++;
                    operators += OPERATORS.contains(word.toString()) ? 1 : 0;
                    arithmetic += ARITHMETIC.contains(word.toString()) ? 1 : 0;
                    word.setLength(0);
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                deepest = Math.max(deepest, depth);
            } else if (c != '\'') {
                word.append(c);
            }
        }
        return new QueryShape(deepest, operators, words, arithmetic);
    }
}
