package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantId;

/** The brand a tenant's mails to its clients go out in; read inside the transaction that queues the mail. */
public interface MailBrands {

    MailBrand of(TenantId tenant);
}
