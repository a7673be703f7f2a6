package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceLedger;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an invoice's money stands, one figure per line of its {@link InvoiceLedger}, so that the freelancer can
 * check that paid, refunded, charged back, credited and written off add up to the total with the balance.
 */
class LedgerSummary extends Div {

    private final Map<String, Span> values = new LinkedHashMap<>();
    private final Span balanceLabel = new Span("Balance");

    LedgerSummary() {
        setId("invoice-ledger");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        figure("total", new Span("Total"));
        figure("late-fees", new Span("Late fees (contract)"));
        figure("paid", new Span("Paid"));
        figure("refunded", new Span("Refunded"));
        figure("charged-back", new Span("Charged back"));
        figure("moved-to-credit", new Span("Kept as credit"));
        figure("credited", new Span("Credited"));
        figure("written-off", new Span("Written off"));
        figure("early-payment-discount", new Span("Early-payment discount"));
        figure("balance", balanceLabel);
        values.get("balance").getStyle().set("font-weight", "600");
    }

    private void figure(String id, Span caption) {
        Span value = new Span();
        value.setId("ledger-" + id);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        Div block = new Div(caption, value);
        block.setId("ledger-" + id + "-figure");
        values.put(id, value);
        add(block);
    }

    void show(InvoiceLedger ledger) {
        set("total", ledger.total());
        set("late-fees", ledger.lateFees());
        showOnlyIfAny("late-fees", ledger.lateFees());
        set("paid", ledger.paid());
        set("refunded", ledger.refunded());
        set("charged-back", ledger.chargedBack());
        set("moved-to-credit", ledger.movedToCredit());
        values.get("moved-to-credit").getParent().ifPresent(block -> block.setVisible(ledger.movedToCredit().isPositive()));
        set("credited", ledger.credited());
        set("written-off", ledger.writtenOff());
        set("early-payment-discount", ledger.earlyPaymentDiscount());
        showOnlyIfAny("early-payment-discount", ledger.earlyPaymentDiscount());
        set("balance", ledger.balance());
        balanceLabel.setText(ledger.balance().isNegative() ? "Balance (received beyond what is owed)" : "Balance");
        values.get("balance").getStyle().set("color", ledger.balance().isNegative()
                ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
    }

    private void showOnlyIfAny(String id, Money amount) {
        values.get(id).getParent().ifPresent(block -> block.setVisible(amount.isPositive()));
    }

    private void set(String id, Money amount) {
        values.get(id).setText(MoneyText.of(amount));
    }
}
