package com.becflow.portal;

import com.becflow.contracts.ContractStatus;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.home.ClientHome;
import com.becflow.portal.home.ClientOverview;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Everything a client has with one freelancer, behind any link to one of their documents: what they owe, their payment
 * plans and the methods autopay charges ({@link HomePlanSections}), their invoices and their contracts, each opened by a
 * fresh link of its own. Rows, not a grid, so it reads on a phone.
 */
@Route(value = "home/:token", layout = PortalLayout.class)
@PageTitle("Your documents | Becflow")
public class ClientHomeView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientHome home;
    private final PortalLimits limits;
    private String token = "";

    @Inject
    public ClientHomeView(ClientHome home, PortalLimits limits) {
        this.home = home;
        this.limits = limits;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (limits.admitPage(token, this)) {
            load();
        }
    }

    private void load() {
        removeAll();
        try {
            render(home.overview(token));
        } catch (PortalLinkNotFound e) {
            removeAll();
            add(DeadLinkPanel.of(false, () -> { }, "this page"));
        }
    }

    private void render(ClientOverview o) {
        H1 heading = new H1("Everything with " + o.freelancerName());
        heading.setId("home-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0 0 0");
        Paragraph owed = new Paragraph(o.owed().isEmpty() ? "Hello " + o.clientName() + ", you owe nothing right now."
                : "Hello " + o.clientName() + ", open now: " + o.owed().stream().map(MoneyText::of)
                        .collect(Collectors.joining(" and ")) + ".");
        owed.setId("home-owed");
        Paragraph contact = new Paragraph("Questions? Write to " + o.freelancerName() + " at " + o.freelancerEmail()
                + ". To come back here without a mail, ask for a sign-in link at ");
        RouterLink signIn = new RouterLink("your page with " + o.freelancerName(), SignInRequestView.class,
                new RouteParameters("business", o.business()));
        signIn.setId("home-sign-in");
        PortalLayout.inTextLink(signIn);
        contact.add(signIn, new Span("."));
        contact.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(heading, owed);

        // Payment plans and the methods saved for autopay: HomePlanSections' own section, shown only to a client with a plan.
        HomePlanSections.of(o, id -> open(() -> home.openInvoice(token, id), "invoice")).forEach(this::add);

        Div invoices = PortalLayout.card(section("Invoices"));
        invoices.setId("home-invoices");
        invoices.add(statementLink());
        if (o.invoices().isEmpty()) {
            invoices.add(new Paragraph("No invoices yet."));
        }
        for (ClientOverview.InvoiceEntry i : o.invoices()) {
            invoices.add(row(i.kind().label() + " " + i.number(), statusOf(i) + " · " + amounts(i),
                    "Open " + i.number(), () -> home.openInvoice(token, i.id()), "invoice"));
        }
        Div contracts = PortalLayout.card(section("Contracts"));
        contracts.setId("home-contracts");
        if (o.contracts().isEmpty()) {
            contracts.add(new Paragraph("No contracts yet."));
        }
        for (ClientOverview.ContractEntry c : o.contracts()) {
            contracts.add(row(c.title(), statusOf(c.status()) + " · " + MoneyText.of(c.fee()), "Open " + c.title(),
                    () -> home.openContract(token, c.id()), "contract"));
        }
        Div mails = PortalLayout.card(section("What was sent to you"));
        mails.setId("home-mails");
        if (o.mails().isEmpty()) {
            mails.add(new Paragraph("Nothing yet."));
        }
        for (ClientOverview.MailEntry m : o.mails()) {
            Span when = new Span(PortalDays.DAY.format(m.at().atZone(o.clientZone()))
                    + (m.sent() ? "" : " · on its way"));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div row = new Div(new Div(new Span(m.subject())), when);
            row.getStyle().set("padding", "var(--lumo-space-xs) 0")
                    .set("border-top", "1px solid var(--lumo-contrast-10pct)");
            mails.add(row);
        }
        add(invoices, contracts, mails, contact);
    }

    /** The way home from a document's page: every link a client was sent also opens their home. */
    static RouterLink linkFrom(String token, String freelancerName) {
        RouterLink link = new RouterLink("Everything you have with " + freelancerName, ClientHomeView.class,
                new RouteParameters("token", token));
        link.setId("home-link");
        link.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return link;
    }

    static H2 section(String title) {
        H2 h = new H2(title);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        return h;
    }

    /** Everything invoiced and paid over the last twelve months, with what is open, as one PDF. */
    private Component statementLink() {
        Anchor statement = PdfDownloadLink.of("home-statement", "Statement of account (PDF)",
                () -> home.statement(token, null, null).pdf(), "statement-of-account.pdf");
        return new Div(statement);
    }

    /** One document: what it is, where it stands, and a button that opens it by a fresh link. */
    private Component row(String title, String detail, String label, Supplier<IssuedLink> open, String page) {
        Span name = new Span(title);
        name.getStyle().set("font-weight", "600");
        Span state = new Span(detail);
        state.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button button = new Button("Open");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.addClickListener(e -> open(open, page));
        return row(new Div(name, new Div(state)), button);
    }

    /** A row of a section: its text takes the width, its button wraps under it on a narrow phone. */
    static Div row(Div text, Component action) {
        text.getStyle().set("flex", "1 1 12rem").set("min-width", "0");
        Div row = new Div(text, action);
        row.addClassName("home-row");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-s) 0")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    /** Opens a document's page by the fresh link {@code open} makes. */
    private void open(Supplier<IssuedLink> open, String page) {
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            UI.getCurrent().navigate(page + "/" + open.get().token());
        } catch (PortalLinkNotFound gone) {
            removeAll();
            add(DeadLinkPanel.of(false, () -> { }, "this page"));
        }
    }

    /** "EUR 700.00 of EUR 900.00 to pay · due 18 December 2026" while something is owed, else the total. */
    static String amounts(ClientOverview.InvoiceEntry i) {
        if (!i.balance().isPositive()) {
            return MoneyText.of(i.total());
        }
        return MoneyText.of(i.balance()) + (i.total().isMoreThan(i.balance()) ? " of " + MoneyText.of(i.total()) : "")
                + " to pay" + (i.dueDate() == null ? "" : " · due " + PortalDays.DAY.format(i.dueDate()));
    }

    /** As the client would say it: "viewed" is the freelancer's word, a credit note is simply given. */
    static String statusOf(ClientOverview.InvoiceEntry i) {
        if (i.kind() == InvoiceKind.CREDIT_NOTE) {
            return i.status() == InvoiceStatus.VOID ? "Void" : "Credited to you";
        }
        return switch (i.status()) {
            case ISSUED, VIEWED -> "Open";
            case PARTIALLY_PAID -> "Partly paid";
            case UNCOLLECTIBLE -> "Written off";
            default -> i.status().label();
        };
    }

    private static String statusOf(ContractStatus status) {
        String name = status.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
