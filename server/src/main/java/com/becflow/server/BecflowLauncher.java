package com.becflow.server;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The runnable's entry point, started by Payara Micro's boot loader in place of Payara itself. Whatever
 * the configuration does not name (database, identity provider, SMTP server; with the embedded database, a
 * Stripe sandbox when no Stripe is named) it starts locally on 127.0.0.1, then boots Payara Micro with both
 * applications and says where to open them.
 *
 * <p>It uses only JDK types: the local services come from jars inside the bundle
 * ({@value #LOCAL_LIB}), loaded in a class loader of their own, because jars on Payara's own class path
 * are seen first by every application and would shadow the applications' own libraries.
 */
public final class BecflowLauncher {

    static final String LOCAL_LIB = "MICRO-INF/local-lib/";
    static final String SECRET_KEY = "BECFLOW_SECRET_KEY";

    private BecflowLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int httpPort = Integer.parseInt(setting("BECFLOW_HTTP_PORT", "8080"));
        Path dataDir = Path.of(setting("BECFLOW_DATA_DIR", "becflow-data")).toAbsolutePath();
        Files.createDirectories(dataDir);
        String publicUrl = setting("BECFLOW_PUBLIC_URL", "http://127.0.0.1:" + httpPort);
        System.setProperty("BECFLOW_PUBLIC_URL", publicUrl);

        Map<String, String> local = new LinkedHashMap<>();
        local.put("BECFLOW_DATA_DIR", dataDir.toString());
        local.put("BECFLOW_PUBLIC_URL", publicUrl);
        local.put("start.database", String.valueOf(setting("DB_URL", null) == null));
        local.put("start.mail", String.valueOf(setting("SMTP_HOST", null) == null));
        local.put("start.identity", String.valueOf(setting("OIDC_ISSUER", null) == null));
        // The local platform decides (LocalStripeSandbox.wanted): a configured Stripe or outside database keeps it off.
        local.put("start.payments", "true");
        for (String key : List.of("BECFLOW_LOCAL_DB_PORT", "BECFLOW_LOCAL_SMTP_PORT", "BECFLOW_LOCAL_IMAP_PORT",
                "BECFLOW_LOCAL_KEYCLOAK_PORT", "BECFLOW_LOCAL_KEYCLOAK_MANAGEMENT_PORT", "BECFLOW_LOCAL_STRIPE_PORT",
                "BECFLOW_LOCAL_STRIPE_DEBIT_SECONDS", "STRIPE_SECRET_KEY", "STRIPE_API_BASE", "DB_URL")) {
            String value = setting(key, null);
            if (value != null) {
                local.put(key, value);
            }
        }
        local.putIfAbsent("BECFLOW_LOCAL_SMTP_PORT", "3025");
        local.putIfAbsent("BECFLOW_LOCAL_IMAP_PORT", "3143");
        local.put("BECFLOW_KEYCLOAK_DIST", setting("BECFLOW_KEYCLOAK_DIST", keycloakBesideJar().toString()));
        secretKey(dataDir, setting("DB_URL", null) == null);
        boolean anyLocal = local.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("start.") && !e.getKey().equals("start.payments")
                        && Boolean.parseBoolean(e.getValue()));

        Map<String, String> startedParts = Map.of();
        if (anyLocal) {
            startedParts = startLocalParts(dataDir, local);
            startedParts.forEach(System::setProperty);
            System.setProperty("BECFLOW_JOB_DASHBOARD_PORT", setting("BECFLOW_JOB_DASHBOARD_PORT", "8000"));
        }
        String address = setting("BECFLOW_HTTP_ADDRESS", "127.0.0.1");
        Path preBoot = writePreBootCommands(dataDir, address);

        List<String> payaraArgs = new ArrayList<>(List.of("--port", String.valueOf(httpPort), "--nohazelcast",
                "--disablephonehome", "--prebootcommandfile", preBoot.toString()));
        payaraArgs.addAll(List.of(args));
        Class<?> payara = Class.forName("fish.payara.micro.impl.PayaraMicroImpl");
        Method payaraMain = payara.getMethod("main", String[].class);
        payaraMain.invoke(null, (Object) payaraArgs.toArray(String[]::new));

        String base = "http://" + ("0.0.0.0".equals(address) ? "127.0.0.1" : address) + ":" + httpPort;
        boolean ready = awaitReady(base + "/health/ready", Duration.ofSeconds(180));
        printBanner(publicUrl, startedParts, ready, (System.nanoTime() - started) / 1_000_000);
        if (!ready) {
            System.exit(1);
        }
    }

    /**
     * The key that seals what must not sit in clear in the database (mail bodies carrying portal links). Taken from
     * {@code BECFLOW_SECRET_KEY}; with the embedded database, made once into the data directory beside the data it
     * seals; with an outside database there is no default: every server of a deployment needs the same key.
     */
    private static void secretKey(Path dataDir, boolean embeddedDatabase) throws IOException {
        if (setting(SECRET_KEY, null) != null) {
            return;
        }
        if (!embeddedDatabase) {
            System.err.println(SECRET_KEY + " is not set. With an outside database every server needs the same sealing"
                    + " key: base64 of 32 random bytes, e.g. from `openssl rand -base64 32`. Not starting.");
            System.exit(2);
        }
        Path file = dataDir.resolve("secret.key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path fresh = Files.createTempFile(dataDir, "secret", ".tmp");
            try {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the data directory's own permissions protect it
            }
            Files.writeString(fresh, Base64.getEncoder().encodeToString(key) + "\n");
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        }
        System.setProperty(SECRET_KEY, Files.readString(file).strip());
    }

    private static Map<String, String> startLocalParts(Path dataDir, Map<String, String> local) throws Exception {
        Path libs = extractLocalLibraries(dataDir.resolve("local-lib"));
        List<URL> urls = new ArrayList<>();
        try (var jars = Files.list(libs)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        URLClassLoader loader = new URLClassLoader("becflow-local", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Class<?> type = Class.forName("com.becflow.integrations.local.LocalPlatform", true, loader);
        @SuppressWarnings("unchecked")
        Function<Map<String, String>, Map<String, String>> platform =
                (Function<Map<String, String>, Map<String, String>>) type.getConstructor().newInstance();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                ((AutoCloseable) platform).close();
            } catch (Exception e) {
                System.err.println("Stopping local services: " + e.getMessage());
            }
        }, "stop-local-services"));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return platform.apply(local);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Copies the local services' jars out of this bundle, once per bundle (they are matched by size). */
    private static Path extractLocalLibraries(Path target) throws IOException {
        Files.createDirectories(target);
        Path bundle = runningJar();
        try (JarFile jar = new JarFile(bundle.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(LOCAL_LIB)) {
                    continue;
                }
                Path file = target.resolve(entry.getName().substring(LOCAL_LIB.length()));
                if (Files.exists(file) && Files.size(file) == entry.getSize()) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (var jars = Files.list(target)) {
            if (jars.noneMatch(p -> p.toString().endsWith(".jar"))) {
                throw new IllegalStateException(bundle + " carries no local services under " + LOCAL_LIB);
            }
        }
        return target;
    }

    private static Path writePreBootCommands(Path dataDir, String address) throws IOException {
        Path file = dataDir.resolve("payara-pre-boot-commands.txt");
        Files.writeString(file, String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                        + address,
                ""));
        return file;
    }

    private static boolean awaitReady(String url, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                // The workspace's own check must be there: without it only Payara is up, not Becflow.
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // Payara is still deploying.
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void printBanner(String publicUrl, Map<String, String> local, boolean ready, long millis) {
        StringBuilder out = new StringBuilder("\n");
        if (!ready) {
            out.append("Becflow did NOT become ready (see the log above); stopping.\n");
            System.out.println(out);
            return;
        }
        out.append("Becflow is ready after ").append(millis / 1000).append(" s.\n\n");
        out.append("  Workspace       ").append(publicUrl).append("/\n");
        out.append("  Client portal   ").append(publicUrl).append("/portal/\n");
        out.append("  REST API        ").append(publicUrl).append("/api/v1  (OpenAPI: ").append(publicUrl)
                .append("/openapi)\n");
        out.append("  Health          ").append(publicUrl).append("/health\n");
        if (local.containsKey("BECFLOW_LOCAL_IMAP_PORT")) {
            out.append("  Local mailbox   ").append(publicUrl).append("/local/mailbox\n");
        }
        String dashboard = setting("BECFLOW_JOB_DASHBOARD_PORT", null);
        if (dashboard != null) {
            out.append("  Job dashboard   http://127.0.0.1:").append(dashboard).append("/dashboard\n");
        }
        if (local.containsKey("OIDC_ISSUER")) {
            String keycloak = local.get("OIDC_ISSUER").replaceAll("/realms/.*$", "");
            out.append("  Keycloak        ").append(keycloak).append("/admin  (admin / admin)\n");
            out.append("\n  Demo login      demo@becflow.local / demo\n");
            out.append("  Operator login  operator@becflow.local / operator\n");
        }
        if (local.containsKey("STRIPE_API_BASE")) {
            out.append("  Stripe sandbox  ").append(local.get("STRIPE_API_BASE"))
                    .append("  (test mode: test cards, no real money)\n");
        }
        if (local.containsKey("DB_URL")) {
            out.append("  PostgreSQL      ").append(local.get("DB_URL")).append("  (user postgres)\n");
        }
        out.append("\nStop with Ctrl-C.\n");
        System.out.println(out);
    }

    /** The Keycloak distribution the build copies beside the bundle (its version is the build's to choose). */
    private static Path keycloakBesideJar() throws IOException {
        Path dir = runningJar().getParent().resolve("keycloak");
        if (Files.isDirectory(dir)) {
            try (var zips = Files.newDirectoryStream(dir, "keycloak-quarkus-dist-*.zip")) {
                for (Path zip : zips) {
                    return zip;
                }
            }
        }
        return dir.resolve("keycloak-quarkus-dist.zip");
    }

    /** The bundle this JVM was started from ({@code java -jar becflow-server.jar}). */
    private static Path runningJar() {
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                return Path.of(entry).toAbsolutePath();
            }
        }
        String location = BecflowLauncher.class.getProtectionDomain().getCodeSource().getLocation().toString();
        if (location.startsWith("jar:")) {
            location = location.substring(4, location.indexOf("!/"));
        }
        return Path.of(URI.create(location));
    }

    /** A system property or environment variable; blank counts as unset. */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

}
