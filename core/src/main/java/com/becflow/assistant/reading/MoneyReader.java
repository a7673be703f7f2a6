package com.becflow.assistant.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in a brief, with the currency written next to them when there is one: a symbol (€, £, $, ¥, Fr.), an
 * ISO code (EUR, CHF, JPY...) or a word (euros, Pfund, livres, dólares...). A number with no currency counts as
 * an amount only when words around it say so ("for 250", "at 90 an hour", "fee: 3000").
 */
final class MoneyReader {

    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

    static {
        currency("EUR", "€", "eur", "euros", "euro");
        currency("GBP", "£", "gbp", "pounds sterling", "pounds", "pound", "pfund", "livres sterling", "livres",
                "livre sterling", "livre", "libras esterlinas", "libras", "libra");
        currency("USD", "us$", "$", "usd", "us dollars", "dollars", "dollar", "dólares", "dolares", "dólar", "dollar");
        currency("CHF", "chf", "sfr.", "sfr", "fr.", "franken", "francs suisses", "francs", "francos suizos", "francos");
        currency("JPY", "¥", "jpy", "yen", "yens", "円");
        for (String code : List.of("CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "MXN", "BRL", "INR",
                "SGD", "HKD", "ZAR", "KRW", "ISK")) {
            currency(code, code.toLowerCase());
        }
        CURRENCIES.put("a$", "AUD");
        CURRENCIES.put("c$", "CAD");
        CURRENCIES.put("ca$", "CAD");
    }

    private static final String TOKEN = CURRENCIES.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    private static final Pattern BEFORE = Pattern.compile("(?:^|(?<=[^\\p{L}]))(" + TOKEN + ")\\s?$");
    private static final Pattern AFTER = Pattern.compile("^\\s?(" + TOKEN + ")(?![\\p{L}])");
    private static final Pattern NUMBER = Pattern.compile(Numbers.NUMBER);
    private static final Pattern PRICE_WORD = Pattern.compile("(?:^|[^\\p{L}])(?:for|at|à|a|für|zu|je|por|pour|de|of|"
            + "fee|honorar|budget|total|price|prix|precio|preis|pauschal|flat|festpreis|forfait|tarif|importe|"
            + "cost|costs|kosten|coût|cuesta|cost of|paid|rate)\\s*:?\\s*$");

    /** An amount found: where, its value, the currency written with it (or null), and the words as written. */
    record Mention(BigDecimal amount, String currency, int start, int end, String words) {
    }

    private MoneyReader() {
    }

    private static void currency(String code, String... tokens) {
        for (String token : tokens) {
            CURRENCIES.putIfAbsent(token, code);
        }
    }

    static List<Mention> amounts(BriefText text) {
        List<Mention> found = new ArrayList<>();
        String open = text.open();
        Matcher m = NUMBER.matcher(open);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String currency = null;
            Matcher before = BEFORE.matcher(text.before(start, 20));
            Matcher after = AFTER.matcher(text.after(end, 25));
            if (before.find()) {
                currency = CURRENCIES.get(before.group(1));
                start -= before.group().length();
            } else if (after.find()) {
                currency = CURRENCIES.get(after.group(1));
                end += after.end();
            }
            if (currency == null && !PRICE_WORD.matcher(text.before(start, 14)).find()
                    && !Vocabulary.HOURLY.matcher(text.after(end, 16)).find()) {
                continue;
            }
            text.consume(Math.max(0, start), end);
            found.add(new Mention(Numbers.parse(m.group()), currency, start, end,
                    text.original.substring(Math.max(0, start), end).strip()));
        }
        return found;
    }

    /** Whether the words right after an amount make it a rate per hour ("an hour", "/h", "pro Stunde"). */
    static boolean hourly(BriefText text, Mention mention) {
        return Vocabulary.HOURLY.matcher(text.after(mention.end(), 20)).find()
                || BriefText.has(Vocabulary.HOURLY_BEFORE, text.before(mention.start(), 30));
    }
}
