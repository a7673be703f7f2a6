package com.becflow.assistant.reading;

import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a contract brief deterministically: the same words always give the same facts, and every fact keeps the
 * words it came from. It reads dates first, then cancellation tiers, percentages, day counts, durations, revision rounds and hours,
 * and amounts last, so that each number is read once, as the most specific thing it can be.
 */
public final class BriefReader {

    private static final Pattern PERCENT = Pattern.compile("(" + Numbers.NUMBER + ")\\s?(?:%|percent|per cent|prozent|"
            + "pour cent|pourcent|por ciento)");
    private static final Map<Pattern, BigDecimal> SHARES = Map.of(
            Pattern.compile("(?<![\\p{L}])(?:half|the half|hälfte|halb|moitié|moitie|mitad|50/50)(?![\\p{L}])"), new BigDecimal("50"),
            Pattern.compile("(?<![\\p{L}])(?:a third|one third|ein drittel|un tiers|un tercio)(?![\\p{L}])"), new BigDecimal("33.33"),
            Pattern.compile("(?<![\\p{L}])(?:a quarter|one quarter|ein viertel|un quart|un cuarto)(?![\\p{L}])"), new BigDecimal("25"),
            Pattern.compile("(?<![\\p{L}])(?:in full|all of it|everything|the whole fee|alles|tout|todo|la totalité|"
                    + "el total)(?![\\p{L}])"), new BigDecimal("100"));
    private static final Pattern DAYS = Pattern.compile("(?<![\\p{L}\\d])(" + Numbers.COUNT + ")[\\s-]*(?:working\\s+|"
            + "business\\s+|calendar\\s+)?(days?|tage?n?|werktage?n?|jours?|días?|dias?)(?![\\p{L}])");
    private static final Pattern NET = Pattern.compile("(?<![\\p{L}])(?:net|netto|neto)\\s*(\\d{1,3})(?!\\d)");
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d])(" + Numbers.COUNT + ")(?![\\p{L}\\d])");
    private static final Pattern HOURS = Pattern.compile("(?<![\\p{L}\\d/])(" + Numbers.NUMBER + ")\\s*(?:hours?|hrs?|h|"
            + "stunden|std\\.?|heures?|horas?)(?![\\p{L}])");
    private static final Pattern FIRST_WORDS = Pattern.compile("^(?:project|projekt|projet|proyecto|brief|job|auftrag)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    private BriefReader() {
    }

    public static BriefFacts read(String brief, LocalDate today) {
        BriefLanguage language = BriefLanguage.detect(brief).orElse(BriefLanguage.ENGLISH);
        BriefText text = new BriefText(brief);
        Found<String> projectName = projectName(text);

        Found<LocalDate> start = null;
        Found<LocalDate> end = null;
        List<DateReader.Mention> dates = DateReader.dates(text, today);
        for (DateReader.Mention date : dates) {
            Found<LocalDate> found = new Found<>(date.date(), text.original.substring(date.start(), date.end()));
            boolean isStart = date.isStart() != null ? date.isStart() : start == null;
            if (isStart && start == null) {
                start = found;
            } else if (!isStart && end == null) {
                end = found;
            }
        }

        Found<List<CancellationTier>> cancellation = CancellationReader.read(text);
        Found<BigDecimal> depositPercent = null;
        Found<BigDecimal> lateFeePercent = null;
        Found<Integer> lateFeePeriod = null;
        Found<BigDecimal> discountPercent = null;
        Matcher percent = PERCENT.matcher(text.open());
        while (percent.find()) {
            String clause = text.clause(percent.start());
            Found<BigDecimal> found = new Found<>(Numbers.parse(percent.group(1)), text.words(percent.start()));
            if (BriefText.has(Vocabulary.DISCOUNT, clause)) {
                discountPercent = first(discountPercent, found);
            } else if (BriefText.has(Vocabulary.LATE, clause)) {
                lateFeePercent = first(lateFeePercent, found);
                if (BriefText.has(Vocabulary.MONTHLY, clause)) {
                    lateFeePeriod = first(lateFeePeriod, new Found<>(30, found.words()));
                } else if (BriefText.has(Vocabulary.WEEKLY, clause)) {
                    lateFeePeriod = first(lateFeePeriod, new Found<>(7, found.words()));
                }
            } else if (BriefText.has(Vocabulary.CANCELLATION, clause)) {
                continue;
            } else if (BriefText.has(Vocabulary.DEPOSIT, clause)) {
                depositPercent = first(depositPercent, found);
            } else {
                continue;
            }
            text.consume(percent.start(), percent.end());
        }
        if (depositPercent == null) {
            depositPercent = share(text);
        }
        Found<Boolean> noDeposit = find(text, Vocabulary.NO_DEPOSIT, true);

        Found<Integer> netDays = find(text, Vocabulary.ON_RECEIPT, 0);
        Found<Integer> discountDays = null;
        Matcher net = NET.matcher(text.open());
        if (net.find()) {
            netDays = first(netDays, new Found<>(Integer.parseInt(net.group(1)), text.words(net.start())));
            text.consume(net.start(), net.end());
        }
        Matcher days = DAYS.matcher(text.open());
        while (days.find()) {
            String clause = text.clause(days.start());
            Integer count = Numbers.count(days.group(1)).orElse(null);
            if (count == null) {
                continue;
            }
            Found<Integer> found = new Found<>(count, text.words(days.start()));
            if (BriefText.has(Vocabulary.DISCOUNT, clause)) {
                discountDays = first(discountDays, found);
            } else if (BriefText.has(Vocabulary.LATE, clause) || BriefText.has(Vocabulary.CANCELLATION, clause)) {
                text.consume(days.start(), days.end());
                continue;
            } else if (BriefText.has(Vocabulary.PAYMENT, clause)) {
                netDays = first(netDays, found);
            } else {
                continue;
            }
            text.consume(days.start(), days.end());
        }

        Found<Period> duration = DateReader.duration(text);
        Found<Integer> revisions = revisions(text);
        Found<BigDecimal> hours = null;
        Matcher hour = HOURS.matcher(text.open());
        if (hour.find()) {
            hours = new Found<>(Numbers.parse(hour.group(1)), text.original.substring(hour.start(), hour.end()));
            text.consume(hour.start(), hour.end());
        }
        Found<IpTransferMoment> ip = ipTransfer(text);

        Found<BigDecimal> fee = null;
        Found<String> currency = null;
        Found<BigDecimal> hourlyRate = null;
        Found<BigDecimal> depositAmount = null;
        Found<BigDecimal> lateFeeFlat = null;
        for (MoneyReader.Mention money : MoneyReader.amounts(text)) {
            String clause = text.clause(money.start() + 1);
            Found<BigDecimal> found = new Found<>(money.amount(), money.words());
            if (MoneyReader.hourly(text, money)) {
                hourlyRate = first(hourlyRate, found);
            } else if (BriefText.has(Vocabulary.LATE, clause)) {
                lateFeeFlat = first(lateFeeFlat, found);
            } else if (BriefText.has(Vocabulary.DISCOUNT, clause)) {
                continue;
            } else if (BriefText.has(Vocabulary.DEPOSIT, clause) && fee != null) {
                depositAmount = first(depositAmount, found);
            } else if (fee == null) {
                fee = found;
                if (money.currency() != null) {
                    currency = new Found<>(money.currency(), money.words());
                }
            }
            if (currency == null && money.currency() != null) {
                currency = new Found<>(money.currency(), money.words());
            }
        }
        return new BriefFacts(language, projectName, fee, currency, hours, hourlyRate, depositPercent, depositAmount,
                noDeposit, start, end, duration, netDays, revisions, ip, lateFeePercent, lateFeePeriod, lateFeeFlat,
                discountPercent, discountDays, cancellation);
    }

    /** The first clause, up to the first number or currency: "Logo and brand guide for a bakery". */
    private static Found<String> projectName(BriefText text) {
        String first = FIRST_WORDS.matcher(text.original.strip().split("[;\\n]|(?<!\\d),|,(?!\\d)|\\.(?=\\s)", 2)[0]).replaceFirst("");
        Matcher number = Pattern.compile("[\\d€£$¥]").matcher(first);
        String name = number.find() ? first.substring(0, number.start()) : first;
        name = name.replaceAll("(?i)(?:[\\s:–-]+(?:for|at|on|the|für|zu|am|im|vom|pour|à|le|du|por|de|a|el|del))*[\\s:–-]*$", "").strip();
        if (name.codePoints().filter(Character::isLetter).count() < 3) {
            return null;
        }
        if (name.length() > 120) {
            name = name.substring(0, 120).replaceAll("\\s+\\S*$", "");
        }
        String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return new Found<>(capitalized, name);
    }

    private static Found<BigDecimal> share(BriefText text) {
        String open = text.open();
        for (Map.Entry<Pattern, BigDecimal> share : SHARES.entrySet()) {
            Matcher m = share.getKey().matcher(open);
            while (m.find()) {
                if (BriefText.has(Vocabulary.DEPOSIT, text.clause(m.start()))) {
                    text.consume(m.start(), m.end());
                    return new Found<>(share.getValue(), text.words(m.start()));
                }
            }
        }
        return null;
    }

    private static Found<Integer> revisions(BriefText text) {
        Found<Integer> none = find(text, Vocabulary.NO_REVISIONS, 0);
        if (none != null) {
            return none;
        }
        Matcher count = COUNT.matcher(text.open());
        while (count.find()) {
            String following = text.after(count.end(), 40);
            Matcher word = Vocabulary.REVISIONS.matcher(following);
            boolean partOfAnAmount = text.before(count.start(), 2).matches(".*\\d[\\s.,'\u00a0]");
            if (!partOfAnAmount && word.find() && !following.substring(0, word.start()).matches(".*[\\d€£$¥].*")
                    && following.substring(0, word.start()).strip().split("\\s+").length <= 2) {
                Integer rounds = Numbers.count(count.group(1)).orElse(null);
                if (rounds != null) {
                    text.consume(count.start(), count.end());
                    return new Found<>(rounds, text.words(count.start()));
                }
            }
        }
        return null;
    }

    private static Found<IpTransferMoment> ipTransfer(BriefText text) {
        for (String clause : text.clauseWords()) {
            String lower = clause.toLowerCase(Locale.ROOT);
            if (!BriefText.has(Vocabulary.RIGHTS, lower)) {
                continue;
            }
            if (BriefText.has(Vocabulary.RIGHTS_ON_PAYMENT, lower)) {
                return new Found<>(IpTransferMoment.ON_FULL_PAYMENT, clause);
            }
            if (BriefText.has(Vocabulary.RIGHTS_ON_SIGNING, lower)) {
                return new Found<>(IpTransferMoment.ON_SIGNING, clause);
            }
        }
        return null;
    }

    private static <T> Found<T> find(BriefText text, Pattern words, T value) {
        Matcher m = words.matcher(text.lower);
        return m.find() ? new Found<>(value, text.words(m.start())) : null;
    }

    private static <T> Found<T> first(Found<T> earlier, Found<T> later) {
        return earlier != null ? earlier : later;
    }
}
