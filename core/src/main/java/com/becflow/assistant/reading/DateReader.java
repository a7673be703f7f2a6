package com.becflow.assistant.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and durations in a brief: "1 March", "March 1st", "2027-03-01", "1. März", "1er mars", "1 de marzo",
 * "01.03.2027", "6 weeks". Numeric dates with slashes are day first ("1/3/2027" is 1 March), as everywhere
 * but the US. A date without a year is its next occurrence from the freelancer's today.
 */
final class DateReader {

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        month(1, "january", "jan", "januar", "jänner", "janvier", "enero");
        month(2, "february", "feb", "februar", "février", "fevrier", "febrero");
        month(3, "march", "mar", "märz", "maerz", "mars", "marzo");
        month(4, "april", "apr", "avril", "abril");
        month(5, "may", "mai", "mayo");
        month(6, "june", "jun", "juni", "juin", "junio");
        month(7, "july", "jul", "juli", "juillet", "julio");
        month(8, "august", "aug", "août", "aout", "agosto");
        month(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre");
        month(10, "october", "oct", "okt", "oktober", "octobre", "octubre");
        month(11, "november", "nov", "novembre", "noviembre");
        month(12, "december", "dec", "dez", "dezember", "décembre", "decembre", "diciembre");
    }

    private static final String MONTH = MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .reduce((a, b) -> a + "|" + b).orElseThrow();
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,/])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?\\s*"
            + "(?:of\\s+|de\\s+)?(" + MONTH + ")\\.?(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?!\\d|[.,]\\d)(?:,?\\s+(\\d{4}))?");
    private static final Pattern DURATION = Pattern.compile("(?<![\\p{L}\\d])(" + Numbers.COUNT + ")[\\s-]*"
            + "(weeks?|wochen?|semaines?|semanas?|months?|monate?n?|mois|meses?|mes)(?![\\p{L}])");

    /** A date found, where it was, and whether the words before it said it is the start or the end. */
    record Mention(LocalDate date, int start, int end, Boolean isStart) {
    }

    private DateReader() {
    }

    private static void month(int number, String... names) {
        for (String name : names) {
            MONTHS.put(name, number);
        }
    }

    static List<Mention> dates(BriefText text, LocalDate today) {
        List<Mention> found = new ArrayList<>();
        find(text, ISO, m -> of(m.group(1), m.group(2), m.group(3), today), found);
        find(text, NUMERIC, m -> of(m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3), m.group(2), m.group(1), today), found);
        find(text, DAY_MONTH, m -> of(m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1), today), found);
        find(text, MONTH_DAY, m -> of(m.group(3), String.valueOf(MONTHS.get(m.group(1))), m.group(2), today), found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "6 weeks", "3 Monate", "deux mois": the first duration outside clauses about payment or cancelling. */
    static Found<Period> duration(BriefText text) {
        Matcher m = DURATION.matcher(text.open());
        while (m.find()) {
            String clause = text.clause(m.start());
            if (BriefText.has(Vocabulary.PAYMENT, clause) || BriefText.has(Vocabulary.CANCELLATION, clause)
                    || BriefText.has(Vocabulary.LATE, clause) || BriefText.has(Vocabulary.DISCOUNT, clause)) {
                continue;
            }
            int count = Numbers.count(m.group(1)).orElse(0);
            if (count <= 0) {
                continue;
            }
            text.consume(m.start(), m.end());
            String unit = m.group(2);
            boolean weeks = unit.startsWith("week") || unit.startsWith("woche") || unit.startsWith("semaine")
                    || unit.startsWith("semana");
            return new Found<>(weeks ? Period.ofWeeks(count) : Period.ofMonths(count),
                    text.original.substring(m.start(), m.end()));
        }
        return null;
    }

    private interface Reading {
        LocalDate date(Matcher m);
    }

    private static void find(BriefText text, Pattern pattern, Reading reading, List<Mention> found) {
        Matcher m = pattern.matcher(text.open());
        while (m.find()) {
            LocalDate date = reading.date(m);
            if (date == null) {
                continue;
            }
            text.consume(m.start(), m.end());
            found.add(new Mention(date, m.start(), m.end(), role(text.before(m.start(), 30))));
        }
    }

    /** Start or end, by whichever word came last before the date; null when neither is there. */
    private static Boolean role(String before) {
        int start = lastAt(Vocabulary.START, before);
        int end = lastAt(Vocabulary.END, before);
        if (start < 0 && end < 0) {
            return null;
        }
        return start > end;
    }

    private static int lastAt(Pattern words, String text) {
        Matcher m = words.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static LocalDate of(String year, String month, String day, LocalDate today) {
        try {
            int m = Integer.parseInt(month);
            int d = Integer.parseInt(day);
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), m, d);
            }
            MonthDay monthDay = MonthDay.of(m, d);
            LocalDate thisYear = monthDay.atYear(today.getYear());
            return thisYear.isBefore(today) ? monthDay.atYear(today.getYear() + 1) : thisYear;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
