package com.becflow.assistant.reading;

import com.becflow.contracts.ContractTerms.CancellationTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cancellation tiers from a brief: "free cancellation up to 30 days before, 50% after that", "50% if they
 * cancel within 14 days, the full fee within 7", "Storno bis 4 Wochen vorher kostenlos, danach 50 %". A tier
 * ({@code daysBeforeStart}, {@code percentKept}) applies to a cancellation that many days or more before the start,
 * as the contract's clause says. So "within N days" is the stage after N: its share applies from the next smaller
 * N stated (0 for the last), and when the brief names no charge before its largest "within", nothing is kept then.
 *
 * <p>The cancellation passage is the clause naming it plus the clauses right after it that carry only a share
 * and a time ("50% within 14 days", "the full fee after that"); a clause about payment, the deposit, late fees,
 * a discount or rights ends it, so "payment within 14 days" is never a tier.
 */
final class CancellationReader {

    private static final Pattern PERCENT = Pattern.compile("(" + Numbers.NUMBER + ")\\s?(?:%|percent|per cent|prozent|"
            + "pour cent|por ciento)");
    private static final Pattern FREE = Pattern.compile("(?<![\\p{L}])(?:free|free of charge|at no cost|no charge|"
            + "nothing|costs nothing|kostenlos|kostenfrei|gebührenfrei|nichts|gratuit|gratuite|gratuitement|sans frais|rien|"
            + "gratis|gratuita|gratuito|sin coste|sin costo|sin cargo|nada)(?![\\p{L}])");
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}])(?:full fee|whole fee|full amount|in full|"
            + "everything|volle honorar|volles honorar|vollen betrag|volle betrag|gesamte honorar|alles|la totalité|"
            + "l'intégralité|intégralité|tout|el total|la totalidad|todo)(?![\\p{L}])");
    private static final Pattern SPAN = Pattern.compile("(?<![\\p{L}\\d])(" + Numbers.COUNT + ")[\\s-]*(days?|tage?n?|"
            + "werktage?n?|jours?|días?|dias?|weeks?|wochen?|semaines?|semanas?|months?|monate?n?|mois|mes|meses)"
            + "(?![\\p{L}])");
    private static final Pattern WITHIN = Pattern.compile("(?<![\\p{L}])(?:within|less than|fewer than|under|"
            + "inside|in the last|innerhalb|weniger als|unter|binnen|in den letzten|moins de|dans les|à moins de|"
            + "menos de|dentro de|en los últimos)(?![\\p{L}])");
    private static final Pattern LATER = Pattern.compile("(?<![\\p{L}])(?:after that|afterwards|thereafter|later|"
            + "after this|danach|später|ensuite|après|au-delà|passé ce délai|después|luego|más tarde)(?![\\p{L}])");
    private static final List<Pattern> OTHER_TOPICS = List.of(Vocabulary.PAYMENT, Vocabulary.DEPOSIT, Vocabulary.LATE,
            Vocabulary.DISCOUNT, Vocabulary.RIGHTS);

    /** What one stage of the passage says: kept share and, unless it is "after that", its day count. */
    private record Stage(BigDecimal percentKept, Integer days, boolean within) {
    }

    private CancellationReader() {
    }

    /** The tiers the brief states, earliest cancellation first, with the passage they came from; null when none. */
    static Found<List<CancellationTier>> read(BriefText text) {
        Matcher word = Vocabulary.CANCELLATION.matcher(text.lower);
        if (!word.find()) {
            return null;
        }
        List<int[]> passage = passage(text, word.start());
        List<Stage> stages = new ArrayList<>();
        for (int[] clause : passage) {
            Stage stage = stage(text, clause);
            if (stage != null) {
                stages.add(stage);
            }
        }
        List<CancellationTier> tiers = tiers(stages);
        if (tiers.isEmpty()) {
            return null;
        }
        String words = text.original.substring(passage.get(0)[0], passage.get(passage.size() - 1)[1]).strip();
        return new Found<>(tiers, words);
    }

    private static List<int[]> passage(BriefText text, int at) {
        List<int[]> clauses = new ArrayList<>();
        int[] clause = text.clauseAround(at);
        clauses.add(clause);
        for (clause = text.clauseAfter(clause); clause != null; clause = text.clauseAfter(clause)) {
            String words = text.lower.substring(clause[0], clause[1]);
            boolean share = PERCENT.matcher(words).find() || FREE.matcher(words).find() || FULL.matcher(words).find();
            boolean time = SPAN.matcher(words).find() || LATER.matcher(words).find();
            boolean otherTopic = OTHER_TOPICS.stream().anyMatch(p -> p.matcher(words).find());
            if (!share || !time || otherTopic) {
                break;
            }
            clauses.add(clause);
        }
        return clauses;
    }

    private static Stage stage(BriefText text, int[] clause) {
        String words = text.open().substring(clause[0], clause[1]);
        BigDecimal kept = null;
        Matcher percent = PERCENT.matcher(words);
        if (percent.find()) {
            kept = Numbers.parse(percent.group(1));
            text.consume(clause[0] + percent.start(), clause[0] + percent.end());
        } else if (FREE.matcher(words).find()) {
            kept = BigDecimal.ZERO;
        } else if (FULL.matcher(words).find()) {
            kept = new BigDecimal("100");
        }
        if (kept == null) {
            return null;
        }
        Matcher span = SPAN.matcher(words);
        if (span.find()) {
            Integer count = Numbers.count(span.group(1)).orElse(null);
            if (count == null) {
                return null;
            }
            int days = count * unitDays(span.group(2));
            boolean within = WITHIN.matcher(words.substring(0, span.start())).find();
            text.consume(clause[0] + span.start(), clause[0] + span.end());
            return new Stage(kept, days, within);
        }
        return LATER.matcher(words).find() ? new Stage(kept, null, true) : null;
    }

    private static int unitDays(String unit) {
        if (unit.startsWith("w") || unit.startsWith("sem")) {
            return 7;
        }
        if (unit.startsWith("mo") || unit.startsWith("mes")) {
            return 30;
        }
        return 1;
    }

    private static List<CancellationTier> tiers(List<Stage> stages) {
        Map<Integer, BigDecimal> byDays = new LinkedHashMap<>();
        for (Stage stage : stages) {
            if (!stage.within() && stage.days() != null) {
                byDays.putIfAbsent(stage.days(), stage.percentKept());
            }
        }
        List<Stage> within = new ArrayList<>(stages.stream().filter(Stage::within).toList());
        // "after that" is the latest stage there is: it sorts below every "within N".
        within.sort(Comparator.comparing((Stage s) -> s.days() == null ? -1 : s.days()).reversed());
        for (int i = 0; i < within.size(); i++) {
            Integer from = i + 1 < within.size() ? within.get(i + 1).days() : null;
            byDays.putIfAbsent(from == null ? 0 : from, within.get(i).percentKept());
        }
        boolean firstIsWithin = !within.isEmpty() && within.get(0).days() != null;
        if (firstIsWithin && byDays.keySet().stream().noneMatch(d -> d >= within.get(0).days())) {
            byDays.put(within.get(0).days(), BigDecimal.ZERO);
        }
        List<CancellationTier> tiers = new ArrayList<>();
        byDays.forEach((days, kept) -> tiers.add(new CancellationTier(days, kept)));
        tiers.sort(Comparator.comparing(CancellationTier::daysBeforeStart).reversed());
        return tiers;
    }
}
