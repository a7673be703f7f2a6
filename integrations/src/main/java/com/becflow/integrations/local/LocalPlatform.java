package com.becflow.integrations.local;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.integrations.identity.LocalKeycloak;
import com.becflow.integrations.stripe.FakeStripe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Starts, on 127.0.0.1, whichever of Becflow's outside parts the configuration does not name: PostgreSQL
 * (embedded), Keycloak (its distribution as a child process), an SMTP server that keeps mail (GreenMail) and a
 * Stripe sandbox ({@link LocalStripeSandbox}).
 * Returns the settings that point the server at them. Used by the launcher and by the test runs, so both
 * start exactly the same things.
 *
 * <p>It is a {@link Function} from the launcher's settings to the started parts' settings because the
 * launcher loads it in a class loader of its own and knows it only through JDK types.
 */
public final class LocalPlatform implements Function<Map<String, String>, Map<String, String>>, AutoCloseable {

    public static final String WORKSPACE_CLIENT_SECRET = "becflow-workspace-local-secret";
    public static final String PROVISIONER_CLIENT_SECRET = "becflow-provisioner-local-secret";

    private static final Logger LOG = Logger.getLogger(LocalPlatform.class.getName());

    private final List<AutoCloseable> started = new ArrayList<>();
    private CompletableFuture<LocalKeycloak> identity;

    /**
     * @param settings {@code BECFLOW_DATA_DIR}, {@code BECFLOW_PUBLIC_URL}, and for each part to start a
     *                 flag ({@code start.database}, {@code start.mail}, {@code start.identity},
     *                 {@code start.payments}) with its ports and, for Keycloak, {@code BECFLOW_KEYCLOAK_DIST} (and
     *                 {@code start.identity.background} not to wait for it: see {@link #awaitIdentity()}); for
     *                 the Stripe sandbox also whichever of {@code STRIPE_SECRET_KEY}, {@code STRIPE_API_BASE} and
     *                 {@code DB_URL} is configured (any keeps it from starting)
     */
    @Override
    public synchronized Map<String, String> apply(Map<String, String> settings) {
        Path dataDir = Path.of(settings.get("BECFLOW_DATA_DIR")).toAbsolutePath();
        Map<String, String> result = new LinkedHashMap<>();
        if (flag(settings, "start.database")) {
            long t = System.nanoTime();
            EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, port(settings, "BECFLOW_LOCAL_DB_PORT", 0));
            started.add(db);
            result.put("DB_URL", db.jdbcUrl());
            result.put("DB_USER", db.user());
            // Trust authentication on loopback; MicroProfile Config treats an empty value as missing.
            result.put("DB_PASSWORD", "local");
            // A database of its own, to try things in: its clock may be moved forward (never with an outside one).
            result.put("BECFLOW_CLOCK_MOVABLE", "true");
            LOG.info(() -> "Embedded PostgreSQL on " + db.jdbcUrl() + " in " + millis(t) + " ms");
        }
        if (flag(settings, "start.mail")) {
            LocalMailServer mail = LocalMailServer.start(port(settings, "BECFLOW_LOCAL_SMTP_PORT", 0),
                    port(settings, "BECFLOW_LOCAL_IMAP_PORT", 0));
            started.add(mail);
            result.put("SMTP_HOST", "127.0.0.1");
            result.put("SMTP_PORT", String.valueOf(mail.smtpPort()));
            result.put("SMTP_STARTTLS", "false");
            result.put("BECFLOW_LOCAL_IMAP_PORT", String.valueOf(mail.imapPort()));
        }
        if (flag(settings, "start.identity")) {
            long t = System.nanoTime();
            String smtpHost = result.getOrDefault("SMTP_HOST", settings.getOrDefault("SMTP_HOST", "127.0.0.1"));
            int smtpPort = Integer.parseInt(result.getOrDefault("SMTP_PORT", settings.getOrDefault("SMTP_PORT", "25")));
            int keycloakPort = port(settings, "BECFLOW_LOCAL_KEYCLOAK_PORT", 8180);
            if (flag(settings, "start.identity.background")) {
                identity = CompletableFuture.supplyAsync(
                        () -> startKeycloak(settings, dataDir.resolve("keycloak"), smtpHost, smtpPort));
            } else {
                identity = CompletableFuture.completedFuture(
                        startKeycloak(settings, dataDir.resolve("keycloak"), smtpHost, smtpPort));
                LOG.info(() -> "Keycloak at " + LocalKeycloak.issuer(keycloakPort) + " in " + millis(t) + " ms");
            }
            result.put("OIDC_ISSUER", LocalKeycloak.issuer(keycloakPort));
            result.put("OIDC_CLIENT_ID", "becflow-workspace");
            result.put("OIDC_CLIENT_SECRET", WORKSPACE_CLIENT_SECRET);
            result.put("OIDC_ADMIN_CLIENT_ID", "becflow-provisioner");
            result.put("OIDC_ADMIN_CLIENT_SECRET", PROVISIONER_CLIENT_SECRET);
            result.put("BECFLOW_DEMO_TENANT", "true");
        }
        if (LocalStripeSandbox.wanted(settings)) {
            Duration debitClears = settings.containsKey("BECFLOW_LOCAL_STRIPE_DEBIT_SECONDS")
                    ? Duration.ofSeconds(port(settings, "BECFLOW_LOCAL_STRIPE_DEBIT_SECONDS", 0))
                    : LocalStripeSandbox.DEFAULT_BANK_DEBIT_CLEARS_AFTER;
            FakeStripe stripe = LocalStripeSandbox.start(settings.get("BECFLOW_PUBLIC_URL"),
                    port(settings, "BECFLOW_LOCAL_STRIPE_PORT", LocalStripeSandbox.DEFAULT_PORT), debitClears);
            started.add(stripe);
            result.putAll(LocalStripeSandbox.settingsFor(stripe));
            LOG.info(() -> "Stripe sandbox (test mode) at " + stripe.apiBase());
        }
        return result;
    }

    private static LocalKeycloak startKeycloak(Map<String, String> settings, Path dir, String smtpHost, int smtpPort) {
        String publicUrl = settings.get("BECFLOW_PUBLIC_URL");
        String realmInputs = publicUrl + " mail via " + smtpHost + ":" + smtpPort;
        try {
            Files.createDirectories(dir);
            // Keycloak imports its realm only once; the realm names Becflow's address (redirect URIs) and mail server,
            // so a new one needs a fresh Keycloak database (local accounts made with the old ones go with it).
            Path marker = dir.resolve("public-url");
            if (!Files.exists(marker) || !Files.readString(marker, StandardCharsets.UTF_8).equals(realmInputs)) {
                LocalKeycloak.deleteDatabase(dir);
                Files.writeString(marker, realmInputs, StandardCharsets.UTF_8);
            }
            return LocalKeycloak.start(Path.of(settings.get("BECFLOW_KEYCLOAK_DIST")), dir,
                    port(settings, "BECFLOW_LOCAL_KEYCLOAK_PORT", 8180),
                    port(settings, "BECFLOW_LOCAL_KEYCLOAK_MANAGEMENT_PORT", 9180), URI.create(publicUrl), smtpHost,
                    smtpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local Keycloak", e);
        }
    }

    private static boolean flag(Map<String, String> settings, String key) {
        return Boolean.parseBoolean(settings.getOrDefault(key, "false"));
    }

    private static int port(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Waits until Keycloak answers, when {@code start.identity.background} let {@link #apply} return before: the test
     * runs boot their in-server application meanwhile, which needs Keycloak only once a test signs somebody in.
     *
     * @throws IllegalStateException when Keycloak did not start (with its log tail)
     */
    public void awaitIdentity() {
        CompletableFuture<LocalKeycloak> starting;
        synchronized (this) {
            starting = identity;
        }
        if (starting == null) {
            return;
        }
        try {
            starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stops what was started, newest first. */
    @Override
    public synchronized void close() {
        if (identity != null) {
            // Stopped first: nothing started here depends on it.
            CompletableFuture<LocalKeycloak> starting = identity;
            identity = null;
            try {
                starting.join().close();
            } catch (CompletionException notStarted) {
                // nothing runs that needs stopping
            } catch (RuntimeException e) {
                LOG.warning("Could not stop Keycloak: " + e.getMessage());
            }
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warning("Could not stop " + started.get(i).getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        started.clear();
    }
}
