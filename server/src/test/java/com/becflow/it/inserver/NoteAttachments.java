package com.becflow.it.inserver;

import com.becflow.shared.mail.MailAttachments;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A late attachment source for the tests: a text naming the reference, made in whichever tenant the worker entered. */
@ApplicationScoped
public class NoteAttachments implements MailAttachments {

    public static final String SOURCE = "it-note";

    private final Map<String, TenantId> enteredFor = new ConcurrentHashMap<>();

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public byte[] content(TenantContext ctx, String reference) {
        enteredFor.put(reference, ctx.tenant());
        return ("Note " + reference + " for tenant " + ctx.tenant()).getBytes(StandardCharsets.UTF_8);
    }

    /** The tenant the worker had entered when it asked for this reference's content. */
    public TenantId tenantEnteredFor(String reference) {
        return enteredFor.get(reference);
    }
}
