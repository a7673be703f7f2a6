package com.becflow.it;

import com.becflow.workspace.local.LocalMailbox;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waits for the mail the server sent to an address (in the local GreenMail) and reads a portal link out of it. */
public final class MailedLinks {

    public static final Pattern CONTRACT = Pattern.compile("http://[^\\s]+/portal/contract/[A-Za-z0-9_-]{43}");
    public static final Pattern INVOICE = Pattern.compile("http://[^\\s]+/portal/invoice/[A-Za-z0-9_-]{43}");

    private MailedLinks() {
    }

    /** The link in the newest mail, once at least {@code mailsExpected} mails reached the address (10 s at most). */
    public static String await(String address, int mailsExpected, Pattern link) {
        return text(awaitMail(address, mailsExpected), link);
    }

    /** The link in a mail. */
    public static String text(LocalMailbox.ReceivedMail mail, Pattern link) {
        Matcher m = link.matcher(mail.text());
        if (!m.find()) {
            throw new AssertionError("No link like " + link + " in: " + mail.text());
        }
        return m.group();
    }

    /** The newest mail, once {@code mailsExpected} mails reached the address. */
    public static LocalMailbox.ReceivedMail awaitMail(String address, int mailsExpected) {
        List<LocalMailbox.ReceivedMail> mails = await(address, found -> found.size() >= mailsExpected, Duration.ofSeconds(10),
                "mail number " + mailsExpected);
        return mails.get(0);
    }

    /** All mails of an address, newest first, once there are at least {@code count}, waiting up to {@code timeout}. */
    public static List<LocalMailbox.ReceivedMail> awaitMails(String address, int count, Duration timeout) {
        return await(address, found -> found.size() >= count, timeout, count + " mails");
    }

    /** The newest mail whose subject starts so, waiting up to {@code timeout} (e.g. for a background job's mail). */
    public static LocalMailbox.ReceivedMail awaitMail(String address, String subjectStart, Duration timeout) {
        return await(address, found -> found.stream().anyMatch(m -> m.subject().startsWith(subjectStart)), timeout,
                "a mail \"" + subjectStart + "...\"").stream().filter(m -> m.subject().startsWith(subjectStart))
                .findFirst().orElseThrow();
    }

    /** The mails whose subject starts so, newest first, once there are at least {@code count}, waiting up to {@code timeout}. */
    public static List<LocalMailbox.ReceivedMail> awaitMails(String address, String subjectStart, int count, Duration timeout) {
        Predicate<LocalMailbox.ReceivedMail> titled = m -> m.subject().startsWith(subjectStart);
        return await(address, found -> found.stream().filter(titled).count() >= count, timeout,
                count + " mails \"" + subjectStart + "...\"").stream().filter(titled).toList();
    }

    private static List<LocalMailbox.ReceivedMail> await(String address, Predicate<List<LocalMailbox.ReceivedMail>> done,
                                                         Duration timeout, String what) {
        int imapPort = Integer.parseInt(RunningServer.settings().get("BECFLOW_LOCAL_IMAP_PORT"));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<LocalMailbox.ReceivedMail> mails;
            try {
                mails = LocalMailbox.read("127.0.0.1", imapPort, address);
            } catch (IllegalStateException notYet) {
                // GreenMail makes the mailbox on first delivery or login, and drops a login that races the delivery.
                mails = List.of();
            }
            if (done.test(mails)) {
                return mails;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " for " + address + " within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
