package com.becflow.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The client portal's front page. Clients arrive through a personal link from an email; this page only
 * tells someone who came here directly where their link is.
 */
@Route("")
@PageTitle("Client portal | Becflow")
public class PortalLandingView extends VerticalLayout {

    public PortalLandingView() {
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        Span brand = new Span("Becflow");
        brand.setId("portal-brand");
        brand.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
        add(brand, new H1("Client portal"),
                new Paragraph("Contracts to sign and invoices to pay open from the personal link in the email "
                        + "you received. Nothing here needs a password."));
    }
}
