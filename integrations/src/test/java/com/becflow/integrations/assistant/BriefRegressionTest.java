package com.becflow.integrations.assistant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.TemplateChoice;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.SaveContract;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written briefs in {@code assistant/briefs.txt} through the offline assistant (the embedding model and
 * the reader), scored field by field. Fails when the share of fields right drops below {@link #FLOOR}; writes
 * the per-field figures to {@code target/assistant-regression.txt} for docs/AI.md.
 */
class BriefRegressionTest {

    static final double FLOOR = 0.96;
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static OfflineDraftingAssistant assistant;
    private static List<TemplateChoice> templates;

    @BeforeAll
    static void model() {
        assistant = new OfflineDraftingAssistant(new EmbeddingTemplateMatcher());
        templates = ContractTemplateLibrary.defaults().stream()
                .map(content -> new TemplateChoice(ContractTemplateId.newId(), content)).toList();
    }

    @Test
    void theOfflineAssistantGetsTheFieldsOfTheBriefTableRight() throws IOException {
        List<Map<String, String>> table = table();
        assertTrue(table.size() >= 30, "at least 30 briefs");
        Map<String, int[]> byField = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int right = 0;
        int total = 0;
        for (Map<String, String> row : table) {
            ContractProposal proposal = assistant.proposeContract(new ContractBrief(row.get("brief"), templates, "EUR", TODAY));
            for (Map.Entry<String, String> expected : row.entrySet()) {
                if (expected.getKey().equals("brief")) {
                    continue;
                }
                String actual = actual(expected.getKey(), proposal);
                boolean ok = same(expected.getValue(), actual);
                int[] counts = byField.computeIfAbsent(expected.getKey(), k -> new int[2]);
                counts[1]++;
                total++;
                if (ok) {
                    counts[0]++;
                    right++;
                } else {
                    misses.add(expected.getKey() + ": expected '" + expected.getValue() + "', got '" + actual + "' in: "
                            + row.get("brief"));
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%d briefs, %d of %d fields right (%.1f%%)%n", table.size(), right, total, 100.0 * right / total));
        byField.forEach((field, c) -> report.append(String.format(java.util.Locale.ROOT, "%-14s %3d/%-3d %5.1f%%%n",
                field, c[0], c[1], 100.0 * c[0] / c[1])));
        misses.forEach(m -> report.append("MISS ").append(m).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "assistant-regression.txt"), report);
        assertTrue((double) right / total >= FLOOR, "share of fields right fell below " + FLOOR + ":\n" + report);
    }

    private static String actual(String field, ContractProposal proposal) {
        SaveContract c = proposal.contract();
        ContractTerms t = c.terms();
        return switch (field) {
            case "template" -> templates.stream().filter(x -> x.id().equals(proposal.templateId())).findFirst()
                    .map(x -> x.content().category()).orElse(null);
            case "project" -> c.projectName();
            case "fee" -> plain(c.fee());
            case "currency" -> c.currency();
            case "deposit" -> t.deposit() == null ? null : plain(t.deposit().percent());
            case "start" -> Objects.toString(c.startDate(), null);
            case "end" -> Objects.toString(c.endDate(), null);
            case "netDays" -> Objects.toString(t.payment().netDays(), null);
            case "revisions" -> t.scope() == null ? null : Objects.toString(t.scope().revisionRounds(), null);
            case "hourlyRate" -> t.scope() == null ? null : plain(t.scope().changeRequestHourlyRate());
            case "ip" -> t.ipTransfer() == null ? null : t.ipTransfer().moment().name();
            case "lateFee" -> t.lateFee() == null ? null : plain(t.lateFee().percentPerPeriod());
            case "discount" -> t.earlyPaymentDiscount() == null ? null : plain(t.earlyPaymentDiscount().percent());
            case "discountDays" -> t.earlyPaymentDiscount() == null ? null
                    : Objects.toString(t.earlyPaymentDiscount().withinDays(), null);
            case "cancellation" -> t.cancellation() == null ? null : t.cancellation().ordered().stream()
                    .map(tier -> tier.daysBeforeStart() + ":" + plain(tier.percentKept()))
                    .collect(java.util.stream.Collectors.joining(","));
            default -> throw new IllegalArgumentException("Unknown field in the table: " + field);
        };
    }

    private static boolean same(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        try {
            return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException e) {
            return expected.equals(actual);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static List<Map<String, String>> table() throws IOException {
        try (InputStream in = BriefRegressionTest.class.getResourceAsStream("/assistant/briefs.txt")) {
            String text = new String(Objects.requireNonNull(in, "assistant/briefs.txt").readAllBytes(), StandardCharsets.UTF_8);
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, String> row = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.strip().equals("---")) {
                    rows.add(row);
                    row = new LinkedHashMap<>();
                    continue;
                }
                int colon = line.indexOf(':');
                row.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            if (row.containsKey("brief")) {
                rows.add(row);
            }
            return rows;
        }
    }
}
