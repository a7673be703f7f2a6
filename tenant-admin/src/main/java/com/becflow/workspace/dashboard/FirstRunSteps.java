package com.becflow.workspace.dashboard;

import com.becflow.cockpit.FirstRun;
import com.becflow.workspace.clients.ClientListView;
import com.becflow.workspace.contracts.ContractListView;
import com.becflow.workspace.invoicing.InvoiceListView;
import com.becflow.workspace.invoicing.InvoiceSettingsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** A new workspace's three first steps, each checked off once its data exists. */
class FirstRunSteps extends Div {

    FirstRunSteps(FirstRun progress) {
        setId("first-run");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)").set("max-width", "44em");
        OrderedList steps = new OrderedList(
                step("first-run-business", progress.businessDetails(), "Add your business details",
                        "Your address (and tax number) as your invoices will print them.",
                        new RouterLink("Open invoice settings", InvoiceSettingsView.class)),
                step("first-run-client", progress.firstClient(), "Add your first client",
                        "Who you work for, and where they get your contracts and invoices.",
                        new RouterLink("Add a client", ClientListView.class)),
                step("first-run-document", progress.firstContractOrInvoice(), "Send a contract or an invoice",
                        "A contract your client e-signs, or an invoice they pay online.",
                        links(new RouterLink("New contract", ContractListView.class),
                                new RouterLink("New invoice", InvoiceListView.class))));
        steps.getStyle().set("padding-left", "0").set("list-style", "none");
        add(new H3("Get started in three steps"), new Paragraph("Becflow checks each step off as you do it."), steps);
    }

    private static ListItem step(String id, boolean done, String title, String help, Component action) {
        Icon mark = done ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create();
        mark.setColor(done ? "var(--lumo-success-color)" : "var(--lumo-contrast-50pct)");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(title);
        name.getStyle().set("font-weight", "600");
        if (done) {
            name.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
        }
        Span state = new Span(done ? " (done)" : "");
        state.getStyle().set("color", "var(--lumo-success-text-color)");
        Div text = new Div(name, state, new Div(new Span(help)));
        if (!done) {
            text.add(new Div(action));
        }
        ListItem item = new ListItem(mark, text);
        item.setId(id);
        item.getElement().setAttribute("data-done", String.valueOf(done));
        item.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0");
        return item;
    }

    private static Component links(RouterLink... links) {
        Div row = new Div();
        for (int i = 0; i < links.length; i++) {
            if (i > 0) {
                row.add(new Span(" or "));
            }
            row.add(links[i]);
        }
        return row;
    }
}
