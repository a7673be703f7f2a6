package com.becflow.reminders;

import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What a reminder says about one invoice, read on the client's today; dates are written in the reminder's language. */
public record ReminderFacts(String clientName, String invoiceNumber, Money amountDue, LocalDate dueDate,
                            LocalDate clientToday, String payLink, String businessName, String businessContact,
                            Locale language) {

    public Map<MergeField, String> values() {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        values.put(MergeField.CLIENT_NAME, clientName);
        values.put(MergeField.INVOICE_NUMBER, invoiceNumber);
        values.put(MergeField.AMOUNT_DUE, MoneyText.of(amountDue.rounded()));
        values.put(MergeField.DUE_DATE, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(dueDate));
        long days = ChronoUnit.DAYS.between(dueDate, clientToday);
        values.put(MergeField.DAYS_OVERDUE, Long.toString(Math.max(0, days)));
        values.put(MergeField.DAYS_UNTIL_DUE, Long.toString(Math.max(0, -days)));
        values.put(MergeField.PAY_LINK, payLink);
        values.put(MergeField.BUSINESS_NAME, businessName);
        values.put(MergeField.BUSINESS_CONTACT, businessContact);
        return values;
    }

    /**
     * The reminder as the client receives it: the step's own text in the reminder's language (its translation, else the
     * text as written), or, without an own text, the built-in one in that language.
     */
    public RenderedReminder write(ReminderOccurrence occurrence) {
        ReminderTemplate own = occurrence.ownTemplate(language);
        ReminderTemplate template = own != null ? own
                : StandardReminderTexts.of(occurrence.tone(), occurrence.offsetDays(), language);
        return template.render(values());
    }
}
