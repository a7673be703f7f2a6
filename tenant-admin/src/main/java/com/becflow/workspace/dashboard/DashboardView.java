package com.becflow.workspace.dashboard;

import com.becflow.cockpit.AgeBucket;
import com.becflow.cockpit.AwaitingSignature;
import com.becflow.cockpit.CurrencyFigures;
import com.becflow.cockpit.Dashboard;
import com.becflow.cockpit.NextStep;
import com.becflow.cockpit.app.DashboardQueries;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.contracts.ContractListView;
import com.becflow.workspace.invoicing.InvoiceListView;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The workspace's first page: per currency what is owed, late and coming in, as cards that open the invoice list
 * filtered to what they count, and two charts drawn on the server; the contracts waiting for a signature; what Becflow
 * does next on its own; and, until a new workspace has done them, its three first steps.
 */
@Route(value = "dashboard", layout = WorkspaceLayout.class)
@PageTitle("Dashboard | Becflow")
public class DashboardView extends VerticalLayout {

    private static final Map<AgeBucket, String> BUCKET_COLOURS = Map.of(AgeBucket.CURRENT, "#2f9e44",
            AgeBucket.DAYS_1_30, "#f0b429", AgeBucket.DAYS_31_60, "#f08c00", AgeBucket.DAYS_61_90, "#e8590c",
            AgeBucket.OVER_90, "#c92a2a");

    @Inject
    public DashboardView(DashboardQueries queries, WorkspaceTenant tenant) {
        setId("dashboard");
        add(new H2("Dashboard"));
        Dashboard dashboard;
        try {
            dashboard = queries.read(tenant.get());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        if (!dashboard.firstRun().complete()) {
            add(new FirstRunSteps(dashboard.firstRun()));
        }
        if (dashboard.currencies().isEmpty()) {
            Paragraph none = new Paragraph("No invoices are open and no money came in this month yet: the figures "
                    + "appear here once you issue your first invoice.");
            none.setId("no-figures");
            add(none);
        }
        for (CurrencyFigures figures : dashboard.currencies()) {
            add(currency(figures, dashboard.currencies().size() > 1));
        }
        FlexLayout lower = new FlexLayout(awaitingSignature(dashboard), nextSteps(dashboard));
        lower.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        lower.getStyle().set("gap", "var(--lumo-space-l)");
        add(lower);
    }

    private Component currency(CurrencyFigures figures, boolean named) {
        String code = figures.currency().getCurrencyCode();
        CurrencyFigures.Aged overdue = figures.overdue();
        Money next30 = figures.expected().get(0).amount();
        FlexLayout cards = new FlexLayout(
                card("figure-owed-" + code, "Owed now", MoneyText.of(figures.owedNow()), "all open invoices", null),
                card("figure-overdue-" + code, "Overdue", MoneyText.of(overdue.amount()), overdue.count()
                        + (overdue.count() == 1 ? " invoice" : " invoices") + " past due", InvoiceStatus.OVERDUE),
                card("figure-paid-" + code, "Paid this month", MoneyText.of(figures.paidThisMonth()),
                        "received, less refunds", InvoiceStatus.PAID),
                card("figure-expected-" + code, "Expected in 30 days", MoneyText.of(next30), "falling due, not late",
                        null));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        SvgBarChart ageing = new SvgBarChart("Open " + code + " invoices by days late");
        figures.ageing().forEach((bucket, aged) -> ageing.bar(bucket.label(), aged.amount().amount(),
                MoneyText.amount(aged.amount()), BUCKET_COLOURS.get(bucket)));
        SvgBarChart forecast = new SvgBarChart("Expected " + code + " income by days ahead");
        figures.expected().forEach(e -> forecast.bar("next " + e.withinDays() + " days", e.amount().amount(),
                MoneyText.amount(e.amount()), "#1f6feb"));
        FlexLayout charts = new FlexLayout(chart("chart-ageing-" + code, "Overdue by age (" + code + ")", ageing),
                chart("chart-forecast-" + code, "Expected in the next 30/60/90 days (" + code + ")", forecast));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        Div section = new Div();
        section.setId("figures-" + code);
        section.setWidthFull();
        if (named) {
            section.add(new H3(code));
        }
        section.add(cards, charts);
        return section;
    }

    /** A figure that opens the invoice list filtered to what it counts (all invoices where no status filter says it). */
    private static Component card(String id, String title, String value, String note, InvoiceStatus filter) {
        Span heading = new Span(title);
        heading.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span amount = new Span(value);
        amount.addClassName("figure-value");
        amount.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("color", "var(--lumo-body-text-color)");
        Span small = new Span(note);
        small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div box = new Div(heading, new Div(amount), small);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)").set("min-width", "12em");
        RouterLink link = new RouterLink();
        link.setRoute(InvoiceListView.class);
        if (filter != null) {
            link.setQueryParameters(QueryParameters.simple(Map.of(InvoiceListView.STATUS_PARAMETER, filter.name())));
        }
        link.add(box);
        link.setId(id);
        link.getStyle().set("text-decoration", "none");
        return link;
    }

    private static Component chart(String id, String title, SvgBarChart chart) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        Div box = new Div(new Div(heading), chart.image());
        box.setId(id);
        return box;
    }

    private static Component awaitingSignature(Dashboard dashboard) {
        Div box = panel("awaiting-signature", "Contracts awaiting signature");
        long count = dashboard.awaitingSignature();
        Span total = new Span(count == 0 ? "No contract is waiting for a signature."
                : count + (count == 1 ? " contract waits" : " contracts wait") + " for the client's signature.");
        box.add(new Paragraph(total));
        UnorderedList list = new UnorderedList();
        for (AwaitingSignature waiting : dashboard.longestWaiting()) {
            list.add(new ListItem(waiting.title() + " (" + waiting.clientName() + "): sent "
                    + (waiting.daysWaiting() == 0 ? "today" : waiting.daysWaiting() + (waiting.daysWaiting() == 1
                    ? " day ago" : " days ago"))));
        }
        if (count > 0) {
            box.add(list, new RouterLink("All contracts", ContractListView.class));
        }
        return box;
    }

    /**
     * What happens next on its own. Today only invoices falling overdue; reminders and autopay charges list here once
     * they exist.
     */
    private static Component nextSteps(Dashboard dashboard) {
        Div box = panel("next-steps", "What Becflow will do next");
        if (dashboard.nextSteps().isEmpty()) {
            box.add(new Paragraph("Nothing in the next " + Dashboard.DUE_SOON_DAYS + " days."));
        } else {
            UnorderedList list = new UnorderedList();
            for (NextStep step : dashboard.nextSteps()) {
                list.add(new ListItem(step.description()));
            }
            box.add(list);
        }
        Paragraph later = new Paragraph("Reminders to clients and automatic charges of payment plans will be listed "
                + "here once they are set up.");
        later.setId("next-steps-later");
        later.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        box.add(later);
        return box;
    }

    private static Div panel(String id, String title) {
        Div box = new Div(new H3(title));
        box.setId(id);
        box.getStyle().set("flex", "1 1 24em").set("max-width", "40em");
        return box;
    }
}
