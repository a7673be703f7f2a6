package com.becflow.it.api;

import com.becflow.it.RunningServer;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * For tests that start servers of their own ({@link com.becflow.it.ServerProcess}) on a database of their own, so no
 * other server of the run takes their work: the database, counts read from it, and the mail GreenMail holds.
 */
final class ServersOfTheirOwn {

    /** A mail as GreenMail holds it. */
    record Received(String messageId, String subject) {
    }

    private ServersOfTheirOwn() {
    }

    /** Creates an empty database on the test platform's PostgreSQL and returns its URL. */
    static String createDatabase(String prefix) throws SQLException {
        String platformUrl = RunningServer.settings().get("DB_URL");
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        execute(platformUrl, "CREATE DATABASE " + database);
        return platformUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    static void dropDatabase(String url) throws SQLException {
        String database = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        execute(RunningServer.settings().get("DB_URL"), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    static long rows(String url, String countQuery) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(countQuery)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long rowsQuietly(String url, String countQuery) {
        try {
            return rows(url, countQuery);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String url, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Map<String, String> platform = RunningServer.settings();
        return DriverManager.getConnection(url, platform.get("DB_USER"), platform.get("DB_PASSWORD"));
    }

    /** Every mail GreenMail holds for the address, read in one IMAP fetch of the envelopes. */
    static List<Received> inbox(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", Integer.parseInt(RunningServer.settings().get("BECFLOW_LOCAL_IMAP_PORT")), address,
                    "local");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                Message[] messages = folder.getMessages();
                FetchProfile envelopes = new FetchProfile();
                envelopes.add(FetchProfile.Item.ENVELOPE);
                folder.fetch(messages, envelopes);
                List<Received> received = new ArrayList<>();
                for (Message m : messages) {
                    received.add(new Received(((MimeMessage) m).getMessageID(), m.getSubject()));
                }
                return received;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException noMailboxYet) {
            // GreenMail makes the mailbox on first delivery, and drops a login that races it.
            return List.of();
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    static void phase(String test, long started, String what) {
        System.out.printf("%s, %5.1f s: %s%n", test, (System.nanoTime() - started) / 1e9, what);
    }
}
