package com.becflow.it;

import com.becflow.integrations.identity.LocalKeycloak;
import com.becflow.integrations.quickbooks.FakeQuickBooks;
import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.integrations.xero.FakeXero;
import com.becflow.integrations.local.LocalPlatform;
import com.becflow.integrations.mail.SmtpProxy;
import com.becflow.shared.crypto.SecretSeal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Everything outside Becflow that the tests need, started once per test run and stopped at its end:
 * PostgreSQL, Keycloak and GreenMail through the same {@link LocalPlatform} the launcher uses, all on
 * 127.0.0.1. The assembled server is started on first use by {@link RunningServer}, in external mode,
 * pointed at these same services, and at a fake Stripe started here too.
 * Servers reach GreenMail's SMTP through an {@link SmtpProxy} that refuses recipients at {@value #REJECTING_DOMAIN}
 * for good and puts off those at {@value #DEFERRING_DOMAIN} twice each. All servers share one sealing key.
 * Arquillian's Payara gets the same settings through system properties read by {@code arquillian.xml}.
 */
public class TestPlatform implements LauncherSessionListener {

    /** Mail to an address at this domain is refused for good (550) by the SMTP server the servers see. */
    public static final String REJECTING_DOMAIN = "rejected.smtp.test";
    /** Mail to an address at this domain is put off (451) the first two times it is tried. */
    public static final String DEFERRING_DOMAIN = "busy.smtp.test";

    private static LocalPlatform platform;
    private static SmtpProxy smtp;
    private static int greenMailSmtpPort;
    private static FakeStripe stripe;
    private static FakeXero xero;
    private static FakeQuickBooks quickBooks;
    private static Map<String, String> settings;
    private static boolean identityReady;
    private static int serverPort;
    /**
     * Holds the shared server's port from the moment Keycloak learns it until the server binds it: left free, the
     * system may give it meanwhile to an outgoing connection as its local port, and the server would not start.
     */
    private static ServerSocket serverPortHeld;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Surefire also opens sessions for discovery in other modules' runs; start only where the ITs run.
        if (System.getProperty("becflow.it.dataDir") == null) {
            return;
        }
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RunningServer.stopIfStarted();
        releaseServerPort();
        if (smtp != null) {
            smtp.close();
            smtp = null;
        }
        if (stripe != null) {
            stripe.close();
            stripe = null;
        }
        if (xero != null) {
            xero.close();
            xero = null;
        }
        if (quickBooks != null) {
            quickBooks.close();
            quickBooks = null;
        }
        if (platform != null) {
            platform.close();
            platform = null;
            identityReady = false;
        }
    }

    /** Everything's settings, once Keycloak answers too. */
    static synchronized Map<String, String> settings() {
        if (settings == null) {
            start();
        }
        awaitIdentity();
        return settings;
    }

    /**
     * Waits for Keycloak, which starts beside the in-server application's boot (the two take about as long) rather
     * than before it.
     */
    static synchronized void awaitIdentity() {
        if (platform == null) {
            start();
        }
        if (!identityReady) {
            platform.awaitIdentity();
            identityReady = true;
        }
    }

    /** The fake Stripe every server of this run talks to, delivering its events to the assembled server. */
    public static FakeStripe stripe() {
        settings();
        return stripe;
    }

    /** The fake Xero every server of this run talks to; each consent on it reaches an organisation of its own. */
    public static FakeXero xero() {
        settings();
        return xero;
    }

    /** The fake QuickBooks Online every server of this run talks to; each consent reaches a company of its own. */
    public static FakeQuickBooks quickBooks() {
        settings();
        return quickBooks;
    }

    /** The SMTP server the servers see: GreenMail behind the proxy. */
    public static SmtpProxy smtp() {
        settings();
        return smtp;
    }

    /** GreenMail's own SMTP port, for a test that puts a proxy of its own in front of it. */
    public static int greenMailSmtpPort() {
        settings();
        return greenMailSmtpPort;
    }

    static int serverPort() {
        settings();
        return serverPort;
    }

    /** Lets the shared server bind its port, just before it starts. */
    static synchronized void releaseServerPort() {
        if (serverPortHeld != null) {
            try {
                serverPortHeld.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            serverPortHeld = null;
        }
    }

    private static synchronized void start() {
        if (platform != null) {
            return;
        }
        try {
            Path dataDir = Path.of(System.getProperty("becflow.it.dataDir")).toAbsolutePath();
            Files.createDirectories(dataDir);
            serverPort = freePort();
            serverPortHeld = new ServerSocket(serverPort, 1, InetAddress.getLoopbackAddress());
            Map<String, String> local = new LinkedHashMap<>();
            local.put("BECFLOW_DATA_DIR", dataDir.toString());
            local.put("BECFLOW_PUBLIC_URL", "http://127.0.0.1:" + serverPort);
            local.put("BECFLOW_KEYCLOAK_DIST", System.getProperty("becflow.it.keycloakDist"));
            local.put("start.database", "true");
            local.put("start.mail", "true");
            local.put("start.identity", "true");
            local.put("start.identity.background", "true");
            local.put("BECFLOW_LOCAL_SMTP_PORT", "0");
            local.put("BECFLOW_LOCAL_IMAP_PORT", "0");
            local.put("BECFLOW_LOCAL_KEYCLOAK_PORT", String.valueOf(freePort()));
            local.put("BECFLOW_LOCAL_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(freePort()));
            // Always import the realm file under test, never a realm left by an earlier run.
            LocalKeycloak.deleteDatabase(dataDir.resolve("keycloak"));
            platform = new LocalPlatform();
            Map<String, String> started = new LinkedHashMap<>(platform.apply(local));
            // In-server scenarios let days pass (ClockScenarios); each server's clock is its own.
            started.put("BECFLOW_CLOCK_MOVABLE", "true");
            started.put("BECFLOW_PUBLIC_URL", local.get("BECFLOW_PUBLIC_URL"));
            started.put("BECFLOW_DEMO_TENANT", "true");
            greenMailSmtpPort = Integer.parseInt(started.get("SMTP_PORT"));
            smtp = SmtpProxy.start("127.0.0.1", greenMailSmtpPort)
                    .reject(REJECTING_DOMAIN).defer(DEFERRING_DOMAIN, 2);
            started.put("SMTP_PORT", String.valueOf(smtp.port()));
            started.put("BECFLOW_SECRET_KEY", SecretSeal.newKey());
            // Short, so a test sees a mail put off go out on its third attempt within seconds (1 s, then 2 s).
            started.put("BECFLOW_MAIL_RETRY_SECONDS", "1");
            // Keycloak runs beside the servers on this machine: no skew to allow for, so an expired token is refused
            // within seconds, not after production's 30.
            started.put("BECFLOW_TOKEN_SKEW_SECONDS", "2");
            // The tests sign up many tenants and open many portal links, all from 127.0.0.1 within minutes: the limits
            // per address would refuse them. The shared servers keep the default limits per link and per invoice
            // (PortalLimitsIT runs into them); the limits per address and overall are shown by RateLimitsIT, on a
            // server of its own with low limits and clients on other loopback addresses.
            started.put("BECFLOW_RATE_SIGNUP_ADDRESS", "100000/1h");
            started.put("BECFLOW_RATE_SIGNUP_GLOBAL", "100000/1h");
            started.put("BECFLOW_RATE_PORTAL_ADDRESS", "1000000/10m");
            stripe = FakeStripe.start();
            started.put("STRIPE_SECRET_KEY", FakeStripe.SECRET_KEY);
            started.put("STRIPE_API_BASE", stripe.apiBase());
            started.put("STRIPE_WEBHOOK_SECRET", stripe.webhookSecret());
            // Short, so a test can make Stripe answer too late without waiting long.
            started.put("STRIPE_TIMEOUT_MILLIS", "2000");
            stripe.deliverTo(java.net.URI.create(local.get("BECFLOW_PUBLIC_URL") + "/api/webhooks/stripe"));
            xero = FakeXero.start();
            started.put("XERO_CLIENT_ID", FakeXero.CLIENT_ID);
            started.put("XERO_CLIENT_SECRET", FakeXero.CLIENT_SECRET);
            started.put("XERO_LOGIN_URL", xero.baseUrl());
            started.put("XERO_IDENTITY_URL", xero.baseUrl());
            started.put("XERO_API_URL", xero.baseUrl());
            started.put("XERO_WEBHOOK_KEY", FakeXero.WEBHOOK_KEY);
            quickBooks = FakeQuickBooks.start();
            started.put("QUICKBOOKS_CLIENT_ID", FakeQuickBooks.CLIENT_ID);
            started.put("QUICKBOOKS_CLIENT_SECRET", FakeQuickBooks.CLIENT_SECRET);
            started.put("QUICKBOOKS_AUTH_URL", quickBooks.settings().authUrl());
            started.put("QUICKBOOKS_TOKEN_URL", quickBooks.settings().tokenUrl());
            started.put("QUICKBOOKS_API_URL", quickBooks.settings().apiUrl());
            settings = Map.copyOf(started);
            exposeToArquillian(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exposeToArquillian(Path dataDir) throws IOException {
        Path preBoot = dataDir.resolve("arquillian-pre-boot-commands.txt");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        String jvmOptions = settings.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")) + " -Xmx768m -DBECFLOW_JOB_DASHBOARD_PORT=" + freePort();
        System.setProperty("becflow.it.payaraJvmOptions", jvmOptions);
        System.setProperty("becflow.it.payaraOptions", "--nohazelcast --disablephonehome --prebootcommandfile " + preBoot);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
