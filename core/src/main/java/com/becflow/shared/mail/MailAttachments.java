package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantContext;

/**
 * Makes the content of attachments that a queued mail only refers to ({@link OutgoingMail#attachLater}). The
 * sending worker finds the bean by {@link #source()}, enters the mail's tenant and calls {@link #content} in a
 * transaction of its own, before it talks to the mail server. A failure here, and a source no bean serves, is
 * retried like a mail server that is down. Make implementations {@code @ApplicationScoped}.
 */
public interface MailAttachments {

    /** The name mails use to refer to this bean's content, e.g. {@code "receipt-pdf"}. */
    String source();

    byte[] content(TenantContext ctx, String reference);
}
