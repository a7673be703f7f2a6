package com.becflow.workspace.operator;

import com.becflow.invoicing.app.PaymentNotifications;
import com.becflow.invoicing.payments.ProviderEvents.DeadEvent;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.OperatorPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Platform operators: payment-provider events set aside after failing too often, with why, and a way to replay them. */
@Route(value = "operator/payment-events", layout = WorkspaceLayout.class)
@PageTitle("Payment events | Becflow")
@OperatorPage
public class PaymentEventListView extends VerticalLayout {

    static final int SHOWN = 500;

    private final PaymentNotifications notifications;
    private final Grid<DeadEvent> grid = new Grid<>(DeadEvent.class, false);

    @Inject
    public PaymentEventListView(PaymentNotifications notifications) {
        this.notifications = notifications;
        grid.setId("dead-event-grid");
        grid.addColumn(DeadEvent::deadAt).setHeader("Set aside").setAutoWidth(true);
        grid.addColumn(e -> e.kind().name()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(DeadEvent::providerType).setHeader("Provider's event").setAutoWidth(true);
        grid.addColumn(DeadEvent::accountId).setHeader("Account").setAutoWidth(true);
        grid.addColumn(DeadEvent::failures).setHeader("Failures").setAutoWidth(true);
        grid.addColumn(DeadEvent::lastFailure).setHeader("Last failure").setFlexGrow(3);
        grid.addComponentColumn(this::replay).setHeader("").setAutoWidth(true);
        refresh();
        setSizeFull();
        add(new H2("Payment events set aside"), new Paragraph("Events from the payment provider that failed "
                + "to apply too many times in a row. Fix the cause, then replay: each is applied at the next round, once."),
                grid);
    }

    private Button replay(DeadEvent event) {
        Button replay = new Button("Replay", e -> {
            if (Notices.attempt(() -> notifications.replay(event.id()))) {
                Notices.success("Event " + event.id() + " is back in line");
                refresh();
            }
        });
        replay.setId("replay-" + event.id());
        replay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return replay;
    }

    private void refresh() {
        grid.setItems(notifications.dead(SHOWN));
    }
}
