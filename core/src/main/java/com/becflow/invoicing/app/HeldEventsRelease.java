package com.becflow.invoicing.app;

import com.becflow.tenancy.TenantActivated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Provider events that waited for their tenant go back in line once it is served again. */
@ApplicationScoped
public class HeldEventsRelease {

    @Inject
    PaymentNotifications notifications;

    void onActivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantActivated activated) {
        notifications.release(activated.tenant());
    }
}
