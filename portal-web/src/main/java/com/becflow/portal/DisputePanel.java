package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.app.ClientDisputes;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Something not right?" on an invoice: the client disputes one line or an amount of the whole, with their reason, and
 * sees each dispute's answer. While one waits, its amount is not asked for and the rest stays due.
 */
final class DisputePanel {

    /** Sends the dispute; a refusal is thrown back to be put on the fields it names. */
    interface Raise {
        void raise(ClientDisputes.RaiseDispute dispute);
    }

    private static final int WHOLE = 0;

    private DisputePanel() {
    }

    static Component of(ClientDisputes.Standing standing, String freelancerName, Raise action) {
        H2 title = new H2("Something not right?");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("dispute-panel");
        List<InvoiceDispute> disputes = standing.disputes();
        for (int i = 0; i < disputes.size(); i++) {
            Paragraph said = new Paragraph(describe(disputes.get(i), standing, freelancerName));
            said.setId("dispute-status-" + (i + 1));
            panel.add(said);
        }
        if (standing.canRaise()) {
            panel.add(form(standing, freelancerName, action));
        }
        return panel;
    }

    static String describe(InvoiceDispute d, ClientDisputes.Standing standing, String freelancerName) {
        String what = d.line().map(n -> " of line " + n + ", " + standing.lines().get(n - 1).description()).orElse("");
        String said = "You disputed " + MoneyText.of(d.amount()) + what + " on "
                + DAY.format(LocalDate.ofInstant(d.raisedAt(), standing.zone())) + ": " + d.reason() + ". ";
        return said + switch (d.status()) {
            case OPEN -> "Waiting for " + freelancerName + "'s answer. Meanwhile this amount is not asked for; the rest"
                    + " is still due.";
            case CREDITED -> freelancerName + " agreed and took it off with a credit note"
                    + d.answer().map(a -> ": " + a).orElse(".");
            case REJECTED -> freelancerName + " answered: " + d.answer().orElse("") + " The amount is due again.";
        };
    }

    private static Component form(ClientDisputes.Standing standing, String freelancerName, Raise action) {
        Paragraph why = new Paragraph("Tell " + freelancerName + " what is wrong. Until they answer, the amount you"
                + " dispute is not asked for and no late fee is charged on it; the rest stays due.");
        Select<Integer> about = new Select<>();
        about.setId("dispute-line");
        about.setLabel("About");
        List<Integer> items = new ArrayList<>();
        items.add(WHOLE);
        standing.lines().forEach(l -> items.add(l.position()));
        about.setItems(items);
        about.setItemLabelGenerator(n -> n == WHOLE ? "The invoice as a whole"
                : n + ". " + standing.lines().get(n - 1).description() + " ("
                + MoneyText.of(standing.lines().get(n - 1).total()) + ")");
        about.setValue(WHOLE);
        about.setWidth("min(100%, 26em)");
        BigDecimalField amount = new BigDecimalField("Amount (" + standing.open().currency().getCurrencyCode() + ")");
        amount.setWidth("12em");
        amount.setId("dispute-amount");
        amount.setHelperText("Up to " + MoneyText.of(standing.open()));
        about.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != WHOLE) {
                amount.setValue(standing.lines().get(e.getValue() - 1).total().amount());
            }
        });
        TextArea reason = new TextArea("What is wrong");
        reason.setId("dispute-reason");
        reason.setMaxLength(InvoiceDispute.REASON_LENGTH);
        reason.setWidthFull();
        Paragraph refused = new Paragraph();
        refused.setId("dispute-refused");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        refused.setVisible(false);
        Button send = new Button("Send to " + freelancerName);
        send.setId("dispute-send");
        send.setDisableOnClick(true);
        Map<String, HasValidation> fields = Map.of("line", about, "amount", amount, "reason", reason);
        send.addClickListener(e -> {
            PortalFieldErrors.clear(fields);
            refused.setVisible(false);
            try {
                action.raise(new ClientDisputes.RaiseDispute(about.getValue() == null || about.getValue() == WHOLE
                        ? null : about.getValue(), amount.getValue(), reason.getValue()));
            } catch (DomainException refusal) {
                PortalFieldErrors.show(refusal, fields);
                if (refusal.fieldErrors().isEmpty()) {
                    refused.setText(refusal.getMessage());
                    refused.setVisible(true);
                }
                send.setEnabled(true);
            }
        });
        FlexLayout what = new FlexLayout(about, amount);
        what.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        what.getStyle().set("gap", "0 var(--lumo-space-m)");
        Div form = new Div(why, what, reason, refused, send);
        form.setId("dispute-form");
        return form;
    }
}
