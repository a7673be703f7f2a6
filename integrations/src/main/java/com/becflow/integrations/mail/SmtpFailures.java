package com.becflow.integrations.mail;

import com.becflow.shared.mail.MailNotAccepted;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a mail that can never be delivered from one that may go later. Permanent: an address that cannot be
 * written, or a 5xx reply (unknown recipient, content refused). Everything else may pass later: no connection,
 * a time-out, a connection lost, a 4xx reply, and a refused login (Becflow's own configuration, not the mail's
 * fault: it must not fail every mail for good while someone fixes it).
 */
final class SmtpFailures {

    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5]\\d\\d)[ -]");

    private SmtpFailures() {
    }

    static MailNotAccepted classify(Exception failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof AddressException) {
                return new MailNotAccepted(true, "Malformed address: " + t.getMessage(), failure);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return new MailNotAccepted(false, "The mail server refused Becflow's login: " + t.getMessage(), failure);
            }
        }
        for (Throwable t : chain) {
            int code = replyCode(t);
            if (code >= 400) {
                return new MailNotAccepted(code >= 500, serverSaid(code, t), failure);
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        String what = root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return new MailNotAccepted(false, what, failure);
    }

    /** Whether the server only refused the recipients: the session itself is fine for the next mail. */
    static boolean onlyRecipientsRefused(MessagingException failure) {
        return failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0;
    }

    /** The SMTP reply code of an exception, from JavaMail's SMTP exceptions or the reply at the start of its message. */
    private static int replyCode(Throwable t) {
        try {
            Method code = t.getClass().getMethod("getReturnCode");
            Object value = code.invoke(t);
            if (value instanceof Integer i && i >= 200) {
                return i;
            }
        } catch (ReflectiveOperationException | RuntimeException notAnSmtpException) {
            // fall back to the message
        }
        Matcher m = REPLY.matcher(String.valueOf(t.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String serverSaid(int code, Throwable t) {
        String message = String.valueOf(t.getMessage()).strip();
        return REPLY.matcher(message).find() ? message : code + " " + message;
    }

    /** The exception, its next exceptions (JavaMail's chain) and causes, each once, outermost first. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t instanceof MessagingException m) {
                todo.add(m.getNextException());
            }
            todo.add(t.getCause());
        }
        return all;
    }
}
