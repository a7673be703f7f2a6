package com.becflow.workspace.start;

import com.becflow.workspace.security.PublicPage;
import com.becflow.workspace.security.SignOutForm;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Where a signed-in person lands whose workspace is suspended, unknown, or who may not see a page. */
@Route("unavailable")
@PageTitle("Not available | Becflow")
@PublicPage
public class UnavailableView extends VerticalLayout {

    public UnavailableView() {
        add(new H2("This page is not available"),
                new Paragraph("Your workspace is suspended, or this page is not part of your account. "
                        + "Contact support if you think this is wrong."), SignOutForm.create());
    }
}
