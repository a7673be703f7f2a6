package com.becflow.invoicing.recurring;

import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLines;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words in a recurring invoice's lines, reference and notes that name the day's period, so that each invoice says which
 * month it bills: {@code {month}} ("January 2027"), {@code {year}} ("2027") and {@code {date}} ("31 January 2027") of
 * the day it is issued for. Any other text in braces stays as typed.
 */
public final class DayPlaceholders {

    public static final String MONTH = "{month}";
    public static final String YEAR = "{year}";
    public static final String DATE = "{date}";
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Its month has the longest English name and its day two digits: every other day's words are as short or shorter. */
    private static final LocalDate LONGEST_NAMES = LocalDate.of(2027, 9, 30);

    private DayPlaceholders() {
    }

    /** The content as the invoice for {@code day} holds it. */
    public static InvoiceContent fill(InvoiceContent content, LocalDate day) {
        InvoiceLines lines = new InvoiceLines(content.lines().items().stream().map(l -> new InvoiceLine(
                fill(l.description(), day), l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRate(), l.taxName()))
                .toList());
        return new InvoiceContent(content.currency(), lines, fill(content.reference(), day), fill(content.notes(), day),
                content.netDays(), content.partialPayments(), content.minimumPayment());
    }

    /**
     * What is wrong with the content once its words are filled in for the day with the longest names (30 September),
     * by field: a line that fits as typed may not fit as "September 2027", and the round would have to pause the series.
     */
    public static Map<String, String> problemsOnceFilled(InvoiceContent content) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (content.currency() == null) {
            return errors;
        }
        Map<String, String> asTyped = content.problems(InvoiceKind.INVOICE);
        fill(content, LONGEST_NAMES).problems(InvoiceKind.INVOICE).forEach((field, problem) -> {
            if (!asTyped.containsKey(field)) {
                errors.put(field, problem + " once " + MONTH + ", " + YEAR + " or " + DATE + " is filled in");
            }
        });
        return errors;
    }

    static String fill(String text, LocalDate day) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        return text.replace(MONTH, MONTH_NAME.format(day)).replace(YEAR, String.valueOf(day.getYear()))
                .replace(DATE, DAY.format(day));
    }
}
