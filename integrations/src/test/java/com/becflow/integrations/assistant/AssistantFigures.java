package com.becflow.integrations.assistant;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.TemplateChoice;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prints the offline assistant's figures for docs/PERFORMANCE.md: what loading the embedding model costs (time,
 * heap, resident memory), and the time of an offline draft after warm-up. Not part of the default run (the name
 * matches no surefire pattern); run it alone:
 * {@code mvn -o -B test -pl integrations -am -Dtest=AssistantFigures -Dsurefire.failIfNoSpecifiedTests=false}
 */
class AssistantFigures {

    @Test
    void printTheFigures() throws IOException {
        List<Map<String, String>> table = BriefRegressionTest.table();
        List<TemplateChoice> templates = ContractTemplateLibrary.defaults().stream()
                .map(c -> new TemplateChoice(ContractTemplateId.newId(), c)).toList();
        long heapBefore = heapUsed();
        long rssBefore = rssKb();
        long t0 = System.nanoTime();
        EmbeddingTemplateMatcher matcher = new EmbeddingTemplateMatcher();
        long loaded = System.nanoTime();
        matcher.warmUp();
        long firstEmbedding = System.nanoTime();
        OfflineDraftingAssistant assistant = new OfflineDraftingAssistant(matcher);
        LocalDate today = LocalDate.of(2027, 1, 15);
        assistant.proposeContract(new ContractBrief(table.get(0).get("brief"), templates, "EUR", today));
        long firstDraft = System.nanoTime();
        long heapAfter = heapUsed();
        long rssAfter = rssKb();

        for (int i = 0; i < 3; i++) {
            for (Map<String, String> row : table) {
                assistant.proposeContract(new ContractBrief(row.get("brief"), templates, "EUR", today));
            }
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Map<String, String> row : table) {
                long start = System.nanoTime();
                assistant.proposeContract(new ContractBrief(row.get("brief"), templates, "EUR", today));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Double> invoiceMillis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            assistant.proposeInvoice(new InvoiceBrief("12 hours of design at 90 an hour and the print files for 250",
                    "EUR", today));
            invoiceMillis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        Collections.sort(invoiceMillis);
        String figures = String.format(Locale.ROOT, """
                offline assistant figures (%d cores, %s)
                load the embedding model (construct):     %6.0f ms
                first embedding (ONNX session warm-up):   %6.0f ms
                first contract draft after that:          %6.0f ms
                heap used by the model (after GC):        %6.1f MB
                resident memory added (VmRSS):            %6.1f MB
                contract draft after warm-up, %d drafts: median %.1f ms, p95 %.1f ms, max %.1f ms
                invoice draft after warm-up, %d drafts:  median %.2f ms, p95 %.2f ms
                """, Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getVmVersion(),
                (loaded - t0) / 1e6, (firstEmbedding - loaded) / 1e6, (firstDraft - firstEmbedding) / 1e6,
                (heapAfter - heapBefore) / 1024.0 / 1024.0, (rssAfter - rssBefore) / 1024.0,
                millis.size(), pct(millis, 50), pct(millis, 95), millis.get(millis.size() - 1),
                invoiceMillis.size(), pct(invoiceMillis, 50), pct(invoiceMillis, 95));
        System.out.println(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "assistant-figures.txt"), figures);
    }

    private static double pct(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long heapUsed() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
