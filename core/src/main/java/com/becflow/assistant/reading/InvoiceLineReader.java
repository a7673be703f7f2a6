package com.becflow.assistant.reading;

import com.becflow.assistant.Reason;
import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads invoice lines from a brief such as "12 hours of design at 90 an hour and the print files for 250": each
 * part with an amount becomes a line; a count before it ("12 hours", "3 blog posts") is its quantity, else 1.
 */
public final class InvoiceLineReader {

    private static final Pattern PARTS = Pattern.compile("[;\\n+]|(?<!\\d),|,(?!\\d)|\\.(?=\\s)|\\s(?:and|plus|und|sowie|et|y)\\s");
    private static final Pattern QUANTITY = Pattern.compile("^\\s*(?:the\\s+|die\\s+|les?\\s+|la\\s+|el\\s+|los\\s+)?("
            + Numbers.NUMBER + "|" + Numbers.COUNT_WORD + ")\\s*(hours?|hrs?|h|stunden|std\\.?|heures?|horas?|days?|tage?|"
            + "jours?|días?)?(?![\\p{L}\\d])\\s*(?:of|an|à|de|d'|x|×)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern GLUE = Pattern.compile("(?i)(?:^|\\s)(?:at|for|für|zu|je|à|pour|por|a|each|jeweils|"
            + "chacun|cada|une?|per piece|pro stück|the|die|der|das|les?|la|el|los|las)\\s*$");

    /** The lines and a reason per line. */
    public record Lines(String currency, List<InvoiceLine> lines, List<Reason> reasons) {
    }

    private InvoiceLineReader() {
    }

    public static Lines read(String brief, String defaultCurrency) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        String currency = null;
        for (String part : PARTS.split(brief)) {
            if (part.isBlank()) {
                continue;
            }
            BriefText text = new BriefText(part);
            List<MoneyReader.Mention> amounts = MoneyReader.amounts(text);
            if (amounts.isEmpty()) {
                continue;
            }
            MoneyReader.Mention price = amounts.get(0);
            if (currency == null && price.currency() != null) {
                currency = price.currency();
            }
            String before = part.substring(0, price.start());
            BigDecimal quantity = BigDecimal.ONE;
            Matcher count = QUANTITY.matcher(before);
            if (count.find()) {
                Integer word = Numbers.count(count.group(1)).orElse(null);
                quantity = word != null ? new BigDecimal(word) : Numbers.parse(count.group(1));
                before = before.substring(count.end());
            }
            String description = GLUE.matcher(before.strip()).replaceAll("").strip();
            description = description.replaceAll("(?i)^(?:the|die|der|das|les?|la|el|los|las)\\s+", "");
            if (description.isBlank()) {
                description = part.strip();
            }
            description = description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1);
            if (description.length() > InvoiceLine.DESCRIPTION_LENGTH) {
                description = description.substring(0, InvoiceLine.DESCRIPTION_LENGTH);
            }
            int index = lines.size();
            lines.add(new InvoiceLine(description, quantity, price.amount(), null, null, null));
            reasons.add(Reason.fromBrief("lines[" + index + "]", quantity.toPlainString() + " × "
                    + price.amount().toPlainString() + " because you wrote '" + part.strip() + "'"));
        }
        String chosen = currency == null ? defaultCurrency : currency;
        reasons.add(currency == null
                ? Reason.templateDefault("currency", defaultCurrency + ": the client's currency (the brief names none)")
                : Reason.fromBrief("currency", currency + " as written in the brief"));
        return new Lines(chosen, lines, reasons);
    }
}
