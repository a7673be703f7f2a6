package com.becflow.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The client portal's front page. Clients arrive through a personal link from an email; this page only
 * tells someone who came here directly where their link is, and where to check a document.
 */
@Route(value = "", layout = PortalLayout.class)
@PageTitle("Client portal | Becflow")
public class PortalLandingView extends VerticalLayout {

    public PortalLandingView() {
        setPadding(false);
        RouterLink verify = new RouterLink("Check that a PDF was issued by Becflow", VerifyDocumentView.class);
        verify.setId("verify-link");
        add(new H1("Client portal"),
                new Paragraph("Contracts to sign and invoices to pay open from the personal link in the email "
                        + "you received. Nothing here needs a password."),
                new Paragraph(verify));
    }
}
