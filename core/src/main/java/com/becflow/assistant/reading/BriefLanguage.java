package com.becflow.assistant.reading;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The languages the offline reader understands, told apart by counting each language's commonest short words.
 * Italian, Portuguese and Dutch are counted too, only so that a brief in one of them is refused instead of being
 * misread as Spanish or French; a script other than Latin is refused outright.
 */
public enum BriefLanguage {
    ENGLISH(true, "the", "and", "of", "for", "a", "to", "with", "on", "at", "is", "they", "we", "per", "an", "by",
            "once", "from", "starts", "hour", "hours", "days", "weeks", "within", "paid", "until", "rounds"),
    GERMAN(true, "der", "die", "das", "und", "für", "mit", "von", "ein", "eine", "ab", "bis", "im", "zu", "ist", "auf",
            "den", "dem", "nach", "innerhalb", "stunden", "tage", "tagen", "wochen", "zahlung", "einer", "eines"),
    FRENCH(true, "le", "les", "et", "pour", "des", "du", "une", "avec", "à", "au", "aux", "est", "sous", "après",
            "jours", "semaines", "heures", "paiement", "ils", "sur", "dès", "l'heure", "mois"),
    SPANISH(true, "el", "los", "las", "y", "para", "del", "una", "con", "por", "al", "es", "tras", "desde", "hasta",
            "días", "semanas", "horas", "pago", "meses", "cuando", "se"),
    ITALIAN(false, "il", "e", "per", "di", "che", "della", "dei", "gli", "alla", "entro", "giorni", "settimane", "ore",
            "dopo", "pagamento", "metà", "inizio", "diritti", "lo", "nel", "sono"),
    PORTUGUESE(false, "o", "os", "e", "com", "do", "da", "dos", "das", "uma", "em", "após", "dias", "semanas", "pagamento",
            "não", "são", "ao", "direitos", "início"),
    DUTCH(false, "de", "het", "en", "voor", "met", "van", "een", "na", "binnen", "dagen", "weken", "betaling", "uur",
            "vanaf", "zijn", "rechten", "ze", "bij");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern NON_LATIN = Pattern.compile("[\\p{IsAlphabetic}&&[^\\p{IsLatin}]]");

    private final boolean supported;
    private final Set<String> commonWords;

    BriefLanguage(boolean supported, String... commonWords) {
        this.supported = supported;
        this.commonWords = Set.of(commonWords);
    }

    public boolean supported() {
        return supported;
    }

    /**
     * The language the brief is most likely written in. A brief with no common word at all (e.g. "Logo, 3000 EUR")
     * reads as English: amounts, codes and dates mean the same in every supported language. Empty when the script
     * is not Latin.
     */
    public static Optional<BriefLanguage> detect(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long nonLatin = NON_LATIN.matcher(text).results().count();
        if (letters > 0 && nonLatin * 3 > letters) {
            return Optional.empty();
        }
        Map<BriefLanguage, Integer> counts = new EnumMap<>(BriefLanguage.class);
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (BriefLanguage language : values()) {
                if (language.commonWords.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            }
        }
        BriefLanguage best = ENGLISH;
        int bestCount = 0;
        for (BriefLanguage language : values()) {
            int count = counts.getOrDefault(language, 0);
            // On a tie the supported language wins: a short brief shares words across Romance languages.
            if (count > bestCount || (count == bestCount && count > 0 && language.supported && !best.supported)) {
                best = language;
                bestCount = count;
            }
        }
        return Optional.of(best);
    }
}
