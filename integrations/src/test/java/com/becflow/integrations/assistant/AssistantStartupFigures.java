package com.becflow.integrations.assistant;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.TemplateChoice;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What the drafting assistant adds to start-up, measured from built WARs rather than from Maven's classpath: for
 * each WAR given, (1) the time to unpack it, which a deployment pays once per start, and (2) in a fresh JVM
 * whose classpath is that WAR's own WEB-INF/lib, with empty native-library caches, the first offline draft: loading
 * the classes and natives, the model, the first embedding and the draft. The server loads the model lazily, so (2)
 * is what the first freelancer to draft after a start waits for, not what start-up waits for. A WAR without the
 * model gets only (1), for comparison. Run after {@code mvn -o -B package -pl tenant-admin -am -DskipTests}:
 * <pre>
 * mvn -o -B -q test-compile -pl integrations -am
 * java -cp integrations/target/test-classes com.becflow.integrations.assistant.AssistantStartupFigures \
 *     tenant-admin/target/becflow-workspace.war [another.war ...]
 * </pre>
 */
public final class AssistantStartupFigures {

    private AssistantStartupFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path testClasses = Path.of(AssistantStartupFigures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String war : args) {
            Path file = Path.of(war);
            for (int run = 1; run <= 3; run++) {
                Path unpacked = Files.createTempDirectory("becflow-war-");
                long started = System.nanoTime();
                unzip(file, unpacked);
                long unzipMillis = (System.nanoTime() - started) / 1_000_000;
                if (!hasTheModel(unpacked)) {
                    System.out.printf(Locale.ROOT, "%s (%.1f MB), run %d: unpack %d ms; no embedding model in it%n",
                            file.getFileName(), Files.size(file) / 1e6, run, unzipMillis);
                    delete(unpacked);
                    continue;
                }
                Path caches = Files.createTempDirectory("becflow-natives-");
                String classpath = testClasses + java.io.File.pathSeparator + unpacked.resolve("WEB-INF/lib") + "/*";
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + caches, "-DDJL_CACHE_DIR=" + caches.resolve("djl"),
                        "-cp", classpath, ColdFirstDraft.class.getName())
                        .redirectErrorStream(true).start();
                String out = new String(child.getInputStream().readAllBytes());
                int exit = child.waitFor();
                System.out.printf(Locale.ROOT, "%s (%.1f MB), run %d: unpack %d ms; %s%n", file.getFileName(),
                        Files.size(file) / 1e6, run, unzipMillis,
                        exit == 0 ? lastLine(out) : "first draft FAILED (exit " + exit + "):\n" + out);
                delete(unpacked);
                delete(caches);
            }
        }
    }

    private static void unzip(Path war, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(war))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the WAR: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy((InputStream) zip, target);
                }
            }
        }
    }

    private static boolean hasTheModel(Path unpacked) throws IOException {
        try (Stream<Path> jars = Files.list(unpacked.resolve("WEB-INF/lib"))) {
            return jars.anyMatch(j -> j.getFileName().toString().startsWith("langchain4j-embeddings-all-minilm"));
        }
    }

    /** The child's figures; what comes before is DJL's and ONNX Runtime's own logging. */
    private static String lastLine(String out) {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The child JVM: everything the first draft after a server start pays, from a cold JVM. A class of its own so
     * that the parent JVM needs none of the WAR's classes.
     */
    static final class ColdFirstDraft {

        public static void main(String[] args) {
            long started = System.nanoTime();
            EmbeddingTemplateMatcher matcher = new EmbeddingTemplateMatcher();
            long loaded = System.nanoTime();
            List<TemplateChoice> templates = ContractTemplateLibrary.defaults().stream()
                    .map(c -> new TemplateChoice(ContractTemplateId.newId(), c)).toList();
            var proposal = new OfflineDraftingAssistant(matcher).proposeContract(new ContractBrief("Logo and brand "
                    + "guide for a bakery, 3,000 EUR, half upfront, starts 1 March, two rounds of revisions", templates,
                    "EUR", LocalDate.of(2027, 1, 15)));
            long drafted = System.nanoTime();
            if (proposal.contract().fee() == null) {
                throw new IllegalStateException("the draft read no fee");
            }
            System.out.printf(Locale.ROOT, "cold JVM: model loaded in %d ms, first draft %d ms later, %d ms in all%n",
                    (loaded - started) / 1_000_000, (drafted - loaded) / 1_000_000, (drafted - started) / 1_000_000);
        }
    }
}
