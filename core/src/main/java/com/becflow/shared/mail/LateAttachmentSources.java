package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the content of a mail's late attachments, in the mail's tenant and a transaction of its own, through the
 * {@link MailAttachments} bean named by each. Whatever fails here is tried again later, like a mail server that is
 * down: a tenant suspended for now, a PDF that cannot be rendered yet, and a source no bean of this application
 * serves (another server, or this one's next version, may), until the retry schedule gives up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LateAttachmentSources {

    public static final UserId OUTBOX = new UserId("system:mail-outbox");

    private final TenantRegistry tenants;
    private final Instance<MailAttachments> sources;

    @Inject
    public LateAttachmentSources(TenantRegistry tenants, @Any Instance<MailAttachments> sources) {
        this.tenants = tenants;
        this.sources = sources;
    }

    protected LateAttachmentSources() {
        this(null, null);
    }

    public OutgoingMail resolve(TenantId tenant, OutgoingMail mail) {
        Map<String, MailAttachments> bySource = new HashMap<>();
        for (MailAttachments source : sources) {
            bySource.put(source.source(), source);
        }
        for (OutgoingMail.LateAttachment late : mail.lateAttachments()) {
            if (!bySource.containsKey(late.source())) {
                throw new MailNotAccepted(false, "No attachment source \"" + late.source() + "\" here for " + late.fileName(),
                        null);
            }
        }
        TenantContext ctx = tenants.enter(tenant, OUTBOX);
        return mail.resolved(late -> bySource.get(late.source()).content(ctx, late.reference()));
    }
}
