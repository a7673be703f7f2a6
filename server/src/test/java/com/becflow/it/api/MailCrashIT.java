package com.becflow.it.api;

import static com.becflow.it.api.ServersOfTheirOwn.await;
import static com.becflow.it.api.ServersOfTheirOwn.rows;
import static com.becflow.it.api.ServersOfTheirOwn.rowsQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.mail.SmtpProxy;
import com.becflow.it.RunningServer;
import com.becflow.it.ServerProcess;
import com.becflow.it.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL) in the middle of sending 200 mails, and started again: every mail arrives, exactly once.
 *
 * <p>The server has a database of its own (so no other server of the run takes its mail) and reaches GreenMail
 * through an {@link SmtpProxy} that passes the first 100 mails and then holds back the line that ends each further
 * mail's DATA: the server has written the whole mail and waits for "250", GreenMail has not got it. With both sending
 * threads stuck there (and more mail leased to them), the server is killed; the proxy then drops those sessions, so
 * GreenMail drops the unfinished mails. The restarted server finds the dead one's leases run out (4 s here) and sends
 * the other 100.
 *
 * <p>What this cannot show, because it cannot be made safe: a crash after GreenMail's "250" and before the server
 * records it. That mail goes out again after the restart (same Message-ID). The window is one database round trip per
 * mail; the test kills the server outside it, where the outbox promises exactly once.
 */
class MailCrashIT {

    private static final int MAILS = 200;
    private static final int PASSED_BEFORE_CRASH = 100;
    private static final int SENDERS = 2;

    @Test
    void aServerKilledMidSendAndStartedAgainDeliversEveryMailExactlyOnce() throws Exception {
        long started = System.nanoTime();
        Map<String, String> platform = RunningServer.settings();
        String databaseUrl = ServersOfTheirOwn.createDatabase("outbox_crash");
        SmtpProxy smtp = SmtpProxy.start("127.0.0.1", TestPlatform.greenMailSmtpPort());
        smtp.holdFromMail(PASSED_BEFORE_CRASH + 1);
        Path dataDir = Path.of(System.getProperty("becflow.it.dataDir")).toAbsolutePath().resolve("crash-server");
        ServerProcess server = null;
        try {
            Map<String, String> settings = new HashMap<>(platform);
            settings.put("DB_URL", databaseUrl);
            settings.put("SMTP_PORT", String.valueOf(smtp.port()));
            settings.put("BECFLOW_MAIL_SENDERS", String.valueOf(SENDERS));
            settings.put("BECFLOW_MAIL_LEASE_SECONDS", "4");
            settings.put("BECFLOW_JOB_DASHBOARD_PORT", String.valueOf(TestPlatform.freePort()));
            // Start-up is most of this test's time: no background jobs, and a JVM that compiles little (C1 only).
            settings.put("BECFLOW_JOBS_ENABLED", "false");
            settings.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
            int port = TestPlatform.freePort();
            settings.put("BECFLOW_PUBLIC_URL", "http://127.0.0.1:" + port);
            server = ServerProcess.start(settings, dataDir, port, "first-run.log");
            phase(started, "server started");

            String api = server.baseUrl() + "/api/v1";
            String token = Api.token("demo@becflow.local", "demo");
            String address = "crash-" + UUID.randomUUID() + "@client.test";
            String client = created(Api.post(api, "/clients", token, Api.clientJson("Carl Crash", address))).getString("id");
            String template = Json.createReader(new StringReader(Api.get(api, "/contract-templates", token).body()))
                    .readArray().getValuesAs(JsonObject.class).get(0).getString("id");
            String contract = created(Api.post(api, "/contracts", token, Json.createObjectBuilder().add("templateId", template)
                    .add("clientId", client).add("projectName", "Crash course").add("startDate", "2027-02-01")
                    .add("fee", 1000).build().toString())).getString("id");
            ok(Api.post(api, "/contracts/" + contract + "/send", token, null));
            for (int i = 1; i < MAILS; i++) {
                ok(Api.post(api, "/contracts/" + contract + "/resend", token, null));
            }
            phase(started, MAILS + " mails queued through the API");
            await("both senders stuck in the middle of a mail", Duration.ofSeconds(30), () -> smtp.held() == SENDERS);
            assertThat(smtp.mailsForwarded()).isEqualTo(PASSED_BEFORE_CRASH);

            server.kill();
            server = null;
            smtp.dropHeld();
            phase(started, "server killed");

            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE state = 'SENT'")).isEqualTo(PASSED_BEFORE_CRASH);
            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE state = 'QUEUED' AND lease IS NOT NULL"))
                    .as("mail the dead server had taken up: the two cut off in DATA and the rest of their batches")
                    .isGreaterThanOrEqualTo(SENDERS);
            await("the first 100 mails in GreenMail", Duration.ofSeconds(10), () -> inbox(address).size() == PASSED_BEFORE_CRASH);

            int secondPort = TestPlatform.freePort();
            settings.put("BECFLOW_PUBLIC_URL", "http://127.0.0.1:" + secondPort);
            server = ServerProcess.start(settings, dataDir, secondPort, "second-run.log");
            phase(started, "server started again");
            await("all " + MAILS + " mails in GreenMail", Duration.ofSeconds(60), () -> inbox(address).size() >= MAILS);
            phase(started, "all mails in GreenMail");
            // Once every row is recorded as sent, none can be taken up again; a second copy would be on its way now.
            await("every mail recorded as sent", Duration.ofSeconds(10),
                    () -> rowsQuietly(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE state = 'SENT'") == MAILS);
            Thread.sleep(1_000);

            List<String> received = inbox(address);
            Set<String> messageIds = new HashSet<>(received);
            assertThat(received).as("every mail exactly once").hasSize(MAILS);
            assertThat(messageIds).as("200 different mails").hasSize(MAILS);
            assertThat(messageIds).isEqualTo(outboxMessageIds(databaseUrl));
            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE state = 'SENT'")).isEqualTo(MAILS);
            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE attempts = 2"))
                    .as("taken up by the dead server, then by the new one").isGreaterThanOrEqualTo(SENDERS);
            assertThat(smtp.connections()).as("one connection per sending thread and server, for 200 mails")
                    .isLessThanOrEqualTo(2 * SENDERS);
            System.out.printf("Crash test: %d mails over %d SMTP connections in %d s%n", received.size(),
                    smtp.connections(), (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            if (server != null) {
                server.stop();
            }
            smtp.close();
            ServersOfTheirOwn.dropDatabase(databaseUrl);
        }
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static List<String> inbox(String address) {
        return ServersOfTheirOwn.inbox(address).stream().map(ServersOfTheirOwn.Received::messageId).toList();
    }

    private static void phase(long started, String what) {
        ServersOfTheirOwn.phase("Crash test", started, what);
    }

    private static Set<String> outboxMessageIds(String url) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (String id : ServersOfTheirOwn.strings(url, "SELECT id FROM mail_outbox")) {
            ids.add("<" + id + "@becflow.local>");
        }
        return ids;
    }
}
