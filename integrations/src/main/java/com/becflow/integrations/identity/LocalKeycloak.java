package com.becflow.integrations.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Keycloak server for local mode and tests: unpacked from the {@code keycloak-quarkus-dist} zip, started in
 * development mode on 127.0.0.1 with the {@code becflow} realm, stopped with {@link #close()}.
 *
 * <p>Keycloak keeps its data (an H2 database) in {@code <dataDir>/keycloak-<version>/data/h2}, so accounts
 * survive a restart. Keycloak 26 imports a realm file only when the realm does not exist yet (existing realms
 * are skipped, not updated): after changing {@code becflow-realm.json}, call {@link #deleteDatabase(Path)}
 * (or delete that directory) before the next start, or the old realm stays in use.
 *
 * <p>Development mode only: plain HTTP, the H2 database, and an administrator {@value #ADMIN_USERNAME} /
 * {@value #ADMIN_PASSWORD} in the master realm. Never use this for a deployed environment.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "becflow";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    static final String REALM_RESOURCE = "/keycloak/becflow-realm.json";
    static final String PUBLIC_URL_PLACEHOLDER = "${BECFLOW_PUBLIC_URL}";

    private static final System.Logger LOG = System.getLogger(LocalKeycloak.class.getName());
    /** 120 s unless the system property {@code becflow.keycloak.readySeconds} says more (a machine shared by builds). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("becflow.keycloak.readySeconds", 120));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final Path log;
    private final String issuer;
    private final Thread stopOnExit;

    private LocalKeycloak(Process process, Path log, String issuer) {
        this.process = process;
        this.log = log;
        this.issuer = issuer;
        this.stopOnExit = new Thread(this::stop, "stop-local-keycloak");
        // A JVM that ends without close() (Ctrl-C, a killed test run) must not leave Keycloak holding its port.
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Unpacks Keycloak into {@code dataDir} if needed, writes the realm for {@code publicUrl}, starts Keycloak
     * and waits until the realm answers.
     *
     * @param publicUrl where people reach Becflow; the workspace client accepts redirects only below it
     * @param smtpHost  the SMTP server the realm sends its mail through (the verify-email links), without auth
     * @throws IllegalStateException when a port is taken or Keycloak is not ready in time (with its log tail)
     */
    public static LocalKeycloak start(Path distZip, Path dataDir, int httpPort, int managementPort, URI publicUrl,
                                      String smtpHost, int smtpPort) throws IOException {
        Objects.requireNonNull(distZip, "distZip");
        Objects.requireNonNull(dataDir, "dataDir");
        String becflowUrl = publicUrlWithoutSlash(publicUrl);
        requireFree(httpPort);
        requireFree(managementPort);
        Files.createDirectories(dataDir);
        Path home = unpack(distZip, dataDir);
        if (smtpHost == null || !smtpHost.matches("[A-Za-z0-9.:-]+") || smtpPort <= 0 || smtpPort > 65535) {
            throw new IllegalArgumentException("not an SMTP server address: " + smtpHost + ":" + smtpPort);
        }
        writeRealm(home, becflowUrl, smtpHost, smtpPort);

        Path log = dataDir.resolve("keycloak.log");
        String origin = origin(httpPort);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--http-host=127.0.0.1",
                // Pins the issuer: tokens fetched through "localhost" would otherwise name another issuer.
                "--hostname=" + origin,
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // Created only when the master realm does not exist yet, i.e. on the first start with a fresh database.
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);

        long started = System.nanoTime();
        LocalKeycloak keycloak = new LocalKeycloak(builder.start(), log, issuer(httpPort));
        try {
            keycloak.process.getOutputStream().close();
            keycloak.awaitReady();
        } catch (IOException | RuntimeException notReady) {
            keycloak.close();
            throw notReady;
        }
        LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0} after {1} ms (log: {2})", keycloak.issuer,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), log);
        return keycloak;
    }

    /**
     * Deletes Keycloak's database below {@code dataDir} (realms, users, sessions), so that the next start
     * imports the realm file again. Keeps the unpacked distribution.
     */
    public static void deleteDatabase(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(dataDir, "keycloak-*")) {
            for (Path home : homes) {
                deleteRecursively(home.resolve("data/h2"));
            }
        }
    }

    /** {@code http://127.0.0.1:<port>/realms/becflow} */
    public String issuer() {
        return issuer;
    }

    /** The issuer of the Keycloak that {@link #start} starts on this HTTP port, known before it answers. */
    public static String issuer(int httpPort) {
        return origin(httpPort) + "/realms/" + REALM;
    }

    private static String origin(int httpPort) {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path logFile() {
        return log;
    }

    /** Stops Keycloak and every process it started: asks first, then forces after 30 s. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to run stop() itself
        }
        stop();
    }

    private void stop() {
        // Collect the children before the parent dies: afterwards they belong to init and cannot be found.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            if (!awaitExit(handle, Math.max(0, deadline - System.nanoTime()))) {
                handle.destroyForcibly();
                awaitExit(handle, TimeUnit.SECONDS.toNanos(10));
            }
        }
    }

    private static boolean awaitExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException stillRunning) {
            return !handle.isAlive();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private void awaitReady() {
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // expected while Keycloak boots
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", interrupted);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak did not answer " + discovery + " within "
                + READY_TIMEOUT.toSeconds() + " s; last lines of " + log + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(cannot read the log: " + unreadable + ")";
        }
    }

    /**
     * Unpacks into a staging folder and renames it at the end, so that an interrupted unpack is never
     * mistaken for a complete one on the next start.
     */
    static Path unpack(Path distZip, Path dataDir) throws IOException {
        try (ZipFile zip = new ZipFile(distZip.toFile())) {
            String topFolder = topFolder(zip);
            Path home = dataDir.resolve(topFolder);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Path staging = Files.createTempDirectory(dataDir, ".unpacking-");
            try {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("zip entry escapes the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                // ZipFile does not restore Unix modes.
                try (DirectoryStream<Path> scripts = Files.newDirectoryStream(staging.resolve(topFolder).resolve("bin"), "*.sh")) {
                    for (Path script : scripts) {
                        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
                try {
                    Files.move(staging.resolve(topFolder), home, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException unpackedMeanwhile) {
                    if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                        throw unpackedMeanwhile;
                    }
                }
            } finally {
                deleteRecursively(staging);
            }
            return home;
        }
    }

    private static String topFolder(ZipFile zip) throws IOException {
        String top = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            String first = slash < 0 ? name : name.substring(0, slash);
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                throw new IOException(zip.getName() + " is not a Keycloak distribution: no single top folder");
            }
        }
        if (top == null || top.isEmpty() || top.equals("..")) {
            throw new IOException(zip.getName() + " is not a Keycloak distribution");
        }
        return top;
    }

    private static void writeRealm(Path home, String becflowUrl, String smtpHost, int smtpPort) throws IOException {
        String realm;
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IOException("realm file " + REALM_RESOURCE + " is not on the class path");
            }
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(PUBLIC_URL_PLACEHOLDER, becflowUrl)
                    .replace("${BECFLOW_SMTP_HOST}", smtpHost).replace("${BECFLOW_SMTP_PORT}", String.valueOf(smtpPort));
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.writeString(imports.resolve(REALM + "-realm.json"), realm, StandardCharsets.UTF_8);
    }

    private static String publicUrlWithoutSlash(URI publicUrl) {
        Objects.requireNonNull(publicUrl, "publicUrl");
        String scheme = publicUrl.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || publicUrl.getHost() == null
                || publicUrl.getQuery() != null || publicUrl.getFragment() != null) {
            throw new IllegalArgumentException("Becflow's public URL must be a plain http(s) URL: " + publicUrl);
        }
        String text = publicUrl.toString();
        // The URL lands inside JSON strings of the realm file.
        if (text.contains("\"") || text.contains("\\")) {
            throw new IllegalArgumentException("Becflow's public URL must not contain quotes or backslashes");
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static void requireFree(int port) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            // Otherwise an old Keycloak still on this port would answer the readiness check in our place.
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (a Keycloak left running?)",
                    taken);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", interrupted);
        }
    }
}
