package com.becflow.assistant.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brief being read: its text in lower case, cut into clauses ("3,000 EUR", "half upfront"), with the spans
 * already understood blanked out so that the "1" of "1 March" is never read again as an amount.
 */
final class BriefText {

    private static final Pattern BOUNDARY = Pattern.compile(
            "[;\\n!?]|(?<!\\d),|,(?!\\d)|(?<![\\d\\s])\\.(?=\\s|$)|\\s(?:and|but|plus|und|aber|sowie|et|mais|y|pero)\\s");

    final String original;
    final String lower;
    private final char[] open;
    private final List<int[]> clauses = new ArrayList<>();

    BriefText(String text) {
        this.original = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.open = lower.toCharArray();
        Matcher boundary = BOUNDARY.matcher(lower);
        int start = 0;
        while (boundary.find()) {
            clauses.add(new int[] {start, boundary.start()});
            start = boundary.end();
        }
        clauses.add(new int[] {start, lower.length()});
    }

    /** The text not yet understood, same length as the brief. */
    String open() {
        return new String(open);
    }

    void consume(int start, int end) {
        Arrays.fill(open, start, end, ' ');
    }

    int[] clauseAround(int position) {
        for (int[] clause : clauses) {
            if (position >= clause[0] && position <= clause[1]) {
                return clause;
            }
        }
        return new int[] {0, lower.length()};
    }

    /** The clause that follows this one, or null after the last. */
    int[] clauseAfter(int[] clause) {
        int i = clauses.indexOf(clause);
        return i < 0 || i + 1 >= clauses.size() ? null : clauses.get(i + 1);
    }

    /** The clause holding this position, lower case. */
    String clause(int position) {
        int[] clause = clauseAround(position);
        return lower.substring(clause[0], clause[1]);
    }

    /** The original words of the clause holding this position, for a reason the freelancer reads. */
    String words(int position) {
        int[] clause = clauseAround(position);
        return original.substring(clause[0], clause[1]).strip();
    }

    List<String> clauseWords() {
        List<String> all = new ArrayList<>();
        for (int[] clause : clauses) {
            all.add(original.substring(clause[0], clause[1]).strip());
        }
        return all;
    }

    String before(int position, int chars) {
        return lower.substring(Math.max(0, position - chars), position);
    }

    String after(int position, int chars) {
        return lower.substring(position, Math.min(lower.length(), position + chars));
    }

    static boolean has(Pattern words, String text) {
        return words.matcher(text).find();
    }
}
