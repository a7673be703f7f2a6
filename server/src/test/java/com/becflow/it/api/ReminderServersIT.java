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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one database run a week's reminders together, and one of them is killed (SIGKILL) in the middle and
 * started again: every invoice's reminder reaches the client exactly once (GreenMail counts them).
 *
 * <p>A first server issues 50 invoices of two clients (Berlin, New York) at real time and is stopped. Two servers then
 * start with their clocks a week past the due date, at 16:00 in Berlin (10:00 in New York, inside both clients' hours),
 * both running the housekeeping round every 5 s and the reminder jobs, both sending mail. The rounds run on either
 * server (one at a time: JobRunr runs a recurring job once), each reminder is a job that either may take, and the
 * outbox's senders of both compete for the mail. GreenMail is reached through an {@link SmtpProxy} that passes the
 * first reminders and then holds every mail's end back: once both servers' senders are stuck in the middle of a mail,
 * one server is killed. The other goes on (the dead one's mail comes free when its leases run out, its unfinished jobs
 * when JobRunr finds the server gone); the killed one is started again and joins in.
 *
 * <p>Held back there, the mails the dead server was sending never reach GreenMail: the proxy drops those sessions, so
 * GreenMail drops the unfinished mails. What this cannot show, because it cannot be made safe: a crash after the mail
 * server's "250" and before the server records it. That mail goes out again after the restart (same Message-ID). The
 * window is one database round trip per mail; the test kills the server outside it, where the outbox promises exactly
 * once.
 */
class ReminderServersIT {

    private static final String TEST = "Reminder servers";
    private static final int INVOICES_PER_CLIENT = 25;
    private static final int INVOICES = 2 * INVOICES_PER_CLIENT;
    private static final int REMINDERS_BEFORE_KILL = 10;
    private static final int SENDERS = 2;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Start-up is most of this test's time: a JVM that compiles little (C1 only).
    private static final String JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    @Test
    void twoServersSendEachReminderOnceThoughOneIsKilledMidRunAndStartedAgain() throws Exception {
        long started = System.nanoTime();
        String databaseUrl = ServersOfTheirOwn.createDatabase("reminder_servers");
        SmtpProxy smtp = SmtpProxy.start("127.0.0.1", TestPlatform.greenMailSmtpPort());
        Path dataDir = Path.of(System.getProperty("becflow.it.dataDir")).toAbsolutePath().resolve("reminder-servers");
        List<ServerProcess> running = new ArrayList<>();
        try {
            Map<String, String> settings = new HashMap<>(RunningServer.settings());
            settings.put("DB_URL", databaseUrl);
            settings.put("SMTP_PORT", String.valueOf(smtp.port()));
            settings.put("BECFLOW_MAIL_SENDERS", String.valueOf(SENDERS));
            settings.put("BECFLOW_MAIL_LEASE_SECONDS", "4");
            settings.put("BECFLOW_JOBS_ENABLED", "false");
            settings.put("JAVA_TOOL_OPTIONS", JVM);

            ServerProcess issuing = start(settings, dataDir, "issuing.log");
            running.add(issuing);
            String api = issuing.baseUrl() + "/api/v1";
            String token = Api.token("demo@becflow.local", "demo");
            Map<String, String> addresses = new HashMap<>();
            Map<String, String> numbers = new HashMap<>();
            LocalDate lastDue = null;
            for (String zone : List.of("Europe/Berlin", "America/New_York")) {
                String address = "reminded-" + UUID.randomUUID() + "@client.test";
                String client = created(Api.post(api, "/clients", token, Json.createObjectBuilder()
                        .add("name", "Rita " + zone).add("email", address).add("timeZone", zone).build().toString()))
                        .getString("id");
                addresses.put(zone, address);
                for (int i = 0; i < INVOICES_PER_CLIENT; i++) {
                    JsonObject invoice = issued(api, token, client);
                    numbers.put(invoice.getString("number"), address);
                    LocalDate due = LocalDate.parse(invoice.getString("dueDate"));
                    lastDue = lastDue == null || due.isAfter(lastDue) ? due : lastDue;
                }
            }
            ServersOfTheirOwn.phase(TEST, started, INVOICES + " invoices issued");
            await("the " + INVOICES + " invoice mails in GreenMail", Duration.ofSeconds(60),
                    () -> addresses.values().stream().mapToInt(a -> ServersOfTheirOwn.inbox(a).size()).sum() == INVOICES);
            Set<String> invoiceMails = received(addresses);
            issuing.stop();
            running.remove(issuing);
            String schema = ServersOfTheirOwn.strings(databaseUrl, "SELECT table_schema FROM information_schema.tables"
                    + " WHERE table_name = 'invoice_reminder'").get(0);
            assertThat(rows(databaseUrl, "SELECT count(*) FROM " + schema + ".invoice_reminder")).isZero();

            Instant weekOverdue = lastDue.plusDays(7).atTime(LocalTime.of(16, 0)).atZone(BERLIN).toInstant();
            settings.put("BECFLOW_JOBS_ENABLED", "true");
            settings.put("BECFLOW_HOUSEKEEPING_SECONDS", "5");
            settings.put("JAVA_TOOL_OPTIONS", JVM + " -Dbecflow.clock.offset=" + Duration.between(Instant.now(), weekOverdue));
            smtp.holdFromMail(INVOICES + REMINDERS_BEFORE_KILL + 1);
            CompletableFuture<ServerProcess> first = CompletableFuture.supplyAsync(
                    () -> start(settings, dataDir, "first.log"));
            ServerProcess second = start(settings, dataDir, "second.log");
            running.add(second);
            ServerProcess killed = first.join();
            running.add(killed);
            ServersOfTheirOwn.phase(TEST, started, "two servers started a week past the due date");

            await("both servers' senders stuck in the middle of a reminder", Duration.ofSeconds(120),
                    () -> smtp.held() == 2 * SENDERS);
            assertThat(smtp.mailsForwarded()).isEqualTo(INVOICES + REMINDERS_BEFORE_KILL);
            killed.kill();
            running.remove(killed);
            smtp.dropHeld();
            ServersOfTheirOwn.phase(TEST, started, "one server killed; jobs then: " + ServersOfTheirOwn.strings(databaseUrl,
                    "SELECT state || ' ' || count(*) FROM jobrunr_jobs GROUP BY state ORDER BY state"));
            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE state = 'QUEUED' AND lease IS NOT NULL"))
                    .as("reminders the servers had taken up when one died").isGreaterThanOrEqualTo(SENDERS);

            ServerProcess restarted = start(settings, dataDir, "restarted.log");
            running.add(restarted);
            ServersOfTheirOwn.phase(TEST, started, "the killed server started again");
            await("a reminder for each of the " + INVOICES + " invoices in GreenMail", Duration.ofSeconds(120),
                    () -> reminders(addresses, invoiceMails).size() >= INVOICES);
            await("every reminder mail recorded as sent", Duration.ofSeconds(20),
                    () -> rowsQuietly(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE state <> 'SENT'") == 0);
            // One more round (5 s), and a lease running out (4 s): a mail taken up again would have arrived by then.
            Thread.sleep(8_000);
            ServersOfTheirOwn.phase(TEST, started, "all reminders sent, one more round passed");

            List<ServersOfTheirOwn.Received> reminders = reminders(addresses, invoiceMails);
            assertThat(reminders).as("one reminder per invoice, no more").hasSize(INVOICES);
            assertThat(reminders.stream().map(ServersOfTheirOwn.Received::messageId).distinct()).hasSize(INVOICES);
            Map<String, Long> perInvoice = reminders.stream().collect(Collectors.groupingBy(
                    m -> numbers.keySet().stream().filter(m.subject()::contains).findFirst().orElse(m.subject()),
                    Collectors.counting()));
            assertThat(perInvoice).as("each invoice reminded once, by its number in the subject")
                    .containsOnlyKeys(numbers.keySet()).allSatisfy((number, count) -> assertThat(count).isEqualTo(1L));
            assertThat(ServersOfTheirOwn.strings(databaseUrl, "SELECT step || ' ' || outcome || ' ' || count(*) FROM "
                    + schema + ".invoice_reminder GROUP BY step, outcome")).containsExactly("D+7 SENT " + INVOICES);
            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox")).isEqualTo(2L * INVOICES);
            assertThat(rows(databaseUrl, "SELECT count(*) FROM mail_outbox WHERE attempts = 2"))
                    .as("reminders taken up by the dead server, then by another").isGreaterThanOrEqualTo(SENDERS);
            assertThat(ServersOfTheirOwn.strings(databaseUrl, "SELECT id FROM mail_outbox").stream()
                    .map(id -> "<" + id + "@becflow.local>").collect(Collectors.toSet()))
                    .as("what GreenMail holds is what the outbox sent").isEqualTo(received(addresses));
            assertThat(smtp.connections()).as("a connection per sending thread, made again only when one was cut: "
                    + "four servers' two threads, and the survivor's two cut with the dead one's").isLessThanOrEqualTo(
                    5 * SENDERS);
            assertThat(ServersOfTheirOwn.strings(databaseUrl, "SELECT state || ' ' || count(*) FROM jobrunr_jobs"
                    + " WHERE jobsignature LIKE '%SendReminder%' GROUP BY state")).as("no reminder job failed or left")
                    .containsExactly("SUCCEEDED " + INVOICES);
        } finally {
            for (ServerProcess server : running) {
                server.stop();
            }
            smtp.close();
            ServersOfTheirOwn.dropDatabase(databaseUrl);
        }
    }

    private static ServerProcess start(Map<String, String> settings, Path dataDir, String log) {
        Map<String, String> own = new HashMap<>(settings);
        try {
            int port = TestPlatform.freePort();
            own.put("BECFLOW_PUBLIC_URL", "http://127.0.0.1:" + port);
            own.put("BECFLOW_JOB_DASHBOARD_PORT", String.valueOf(TestPlatform.freePort()));
            return ServerProcess.start(own, dataDir, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject issued(String api, String token, String client) {
        String draft = created(Api.post(api, "/invoices", token, Json.createObjectBuilder().add("clientId", client)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Design work")
                        .add("quantity", 1).add("unitPrice", 400))).build().toString())).getString("id");
        Api.Reply issue = Api.post(api, "/invoices/" + draft + "/issue", token, null);
        assertThat(issue.status()).as(issue.body()).isEqualTo(200);
        return issue.json();
    }

    private static Set<String> received(Map<String, String> addresses) {
        Set<String> ids = new HashSet<>();
        addresses.values().forEach(a -> ServersOfTheirOwn.inbox(a).forEach(m -> ids.add(m.messageId())));
        return ids;
    }

    /** The mails in the clients' inboxes that are not the invoices' own. */
    private static List<ServersOfTheirOwn.Received> reminders(Map<String, String> addresses, Set<String> invoiceMails) {
        List<ServersOfTheirOwn.Received> reminders = new ArrayList<>();
        for (String address : addresses.values()) {
            ServersOfTheirOwn.inbox(address).stream().filter(m -> !invoiceMails.contains(m.messageId()))
                    .forEach(reminders::add);
        }
        return reminders;
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }
}
