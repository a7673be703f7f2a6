package com.becflow.it;

import com.becflow.workspace.local.LocalMailbox;
import java.util.List;
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
        LocalMailbox.ReceivedMail mail = awaitMail(address, mailsExpected);
        Matcher m = link.matcher(mail.text());
        if (!m.find()) {
            throw new AssertionError("No link like " + link + " in: " + mail.text());
        }
        return m.group();
    }

    /** The newest mail, once {@code mailsExpected} mails reached the address. */
    public static LocalMailbox.ReceivedMail awaitMail(String address, int mailsExpected) {
        int imapPort = Integer.parseInt(RunningServer.settings().get("BECFLOW_LOCAL_IMAP_PORT"));
        for (int i = 0; i < 100; i++) {
            List<LocalMailbox.ReceivedMail> mails = LocalMailbox.read("127.0.0.1", imapPort, address);
            if (mails.size() >= mailsExpected) {
                return mails.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail number " + mailsExpected + " for " + address);
    }
}
