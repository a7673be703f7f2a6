package com.becflow.workspace.security;

import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shown while the owner has not proven their address: what waits (mail to clients) and what to do (follow the
 * emailed link, or have it sent again).
 */
public class AddressProofBanner extends HorizontalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public AddressProofBanner(Tenant tenant, SignedInUser user, TenantRegistry registry, Instant removalAt) {
        setId("verify-email-banner");
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getStyle().set("background", "var(--lumo-warning-color-10pct, #fff5d6)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        Span text = new Span("Verify your email address: we sent a link to " + tenant.ownerEmail()
                + ". Until you follow it, mail to your clients (contracts, invoices) waits and is not sent, and on "
                + DAY.format(removalAt.atZone(tenant.zone())) + " this workspace is removed.");
        Button again = new Button("Send the link again", click -> {
            click.getSource().setEnabled(false);
            boolean sent = registry.requestOwnerAddressProof(user.userId());
            Notification notice = Notification.show(sent ? "Sent. Check your inbox for a mail from Becflow."
                    : "The link could not be sent just now. Try again in a few minutes.");
            notice.addThemeVariants(sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
            click.getSource().setEnabled(!sent);
        });
        again.setId("verify-email-again");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(text, again);
    }
}
