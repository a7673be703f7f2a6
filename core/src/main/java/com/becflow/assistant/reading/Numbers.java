package com.becflow.assistant.reading;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as freelancers write them in the four languages: "3,000" and "3.000" and "3 000" are three thousand,
 * "1.5" and "1,5" one and a half, "3k" three thousand, and small counts as words ("two", "zwei", "deux", "dos").
 */
final class Numbers {

    /** A number with optional thousands groups (comma, dot, space, apostrophe) and decimals; then an optional "k". */
    static final String NUMBER = "(?<![\\d.,])(?:\\d{1,3}(?:[,.\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)(?:\\s?[kK](?![\\p{L}]))?";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a single", 1), Map.entry("single", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12),
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einer", 1), Map.entry("einen", 1), Map.entry("zwei", 2),
            Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10),
            Map.entry("zwölf", 12),
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("douze", 12),
            Map.entry("uno", 1), Map.entry("una", 1), Map.entry("dos", 2), Map.entry("tres", 3),
            Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7),
            Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("doce", 12));

    /** Alternation of the count words, longest first so "a single" wins over "single". */
    static final String COUNT_WORD = WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .reduce((a, b) -> a + "|" + b).orElseThrow();

    /** A count as digits or a word. */
    static final String COUNT = "(?:\\d{1,3}|" + COUNT_WORD + ")";

    private Numbers() {
    }

    static Optional<Integer> count(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
            return Optional.of(Integer.parseInt(t));
        }
        return Optional.ofNullable(WORDS.get(t));
    }

    /** The value of text matched by {@link #NUMBER}. */
    static BigDecimal parse(String text) {
        String t = text.strip();
        BigDecimal factor = BigDecimal.ONE;
        if (t.endsWith("k") || t.endsWith("K")) {
            factor = new BigDecimal("1000");
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ");
        int lastComma = t.lastIndexOf(',');
        int lastDot = t.lastIndexOf('.');
        String digits;
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            digits = t.replace(String.valueOf(group), "").replace(" ", "").replace(decimal, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            char sep = lastComma >= 0 ? ',' : '.';
            long times = t.chars().filter(c -> c == sep).count();
            int decimals = t.length() - t.lastIndexOf(sep) - 1;
            boolean grouping = times > 1 || decimals == 3;
            digits = grouping ? t.replace(String.valueOf(sep), "").replace(" ", "")
                    : t.replace(" ", "").replace(sep, '.');
        } else {
            digits = t.replace(" ", "");
        }
        BigDecimal value = new BigDecimal(digits).multiply(factor).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
