package com.becflow.workspace.invoicing;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What happened to an invoice after it was issued: every movement of money (payments with their receipts,
 * refunds, chargebacks), the credit notes against it, and its event log. Rows are numbered from 0 in the
 * order the ledger recorded them; the ids of a row's receipt and refund carry that number.
 */
class InvoiceActivityPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    /** One ledger line with its place in the list and, for a payment, what is left of it to refund. */
    record PaymentRow(int index, Payment payment, Money leftToRefund) {
    }

    private final H3 paymentsTitle = new H3("Payments");
    private final Grid<PaymentRow> payments = new Grid<>();
    private final H3 creditNotesTitle = new H3("Credit notes");
    private final VerticalLayout creditNotes = new VerticalLayout();
    private final Grid<InvoiceEvent> events = new Grid<>();
    private ZoneId zone = ZoneId.of("UTC");
    private Function<Payment, DownloadHandler> receipt = p -> null;
    private Consumer<Payment> refund = p -> { };
    private Consumer<Payment> waive = p -> { };
    private List<Payment> lines = List.of();
    private boolean writable;

    InvoiceActivityPanel() {
        setId("invoice-activity");
        setPadding(false);
        payments.setId("invoice-payments");
        payments.addColumn(r -> r.payment().receivedOn().toString()).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        payments.addColumn(r -> r.payment().method().label()).setHeader("Method").setAutoWidth(true);
        payments.addColumn(r -> MoneyText.of(r.payment().amount())).setHeader("Amount").setAutoWidth(true);
        payments.addComponentColumn(r -> InvoiceStatusBadge.of(r.payment().kind())).setHeader("Kind").setAutoWidth(true);
        payments.addColumn(r -> r.payment().reference() == null ? "" : r.payment().reference()).setHeader("Reference")
                .setFlexGrow(2);
        payments.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true);
        payments.setAllRowsVisible(true);
        creditNotes.setId("invoice-credit-notes");
        creditNotes.setPadding(false);
        creditNotes.setSpacing(false);
        events.setId("invoice-events");
        events.addColumn(e -> WHEN.format(e.occurredAt().atZone(zone))).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> e.type().label()).setHeader("Event").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> e.actor().describe()).setHeader("By").setAutoWidth(true);
        events.addColumn(InvoiceEvent::detail).setHeader("Details").setFlexGrow(3);
        events.setAllRowsVisible(true);
        add(paymentsTitle, payments, creditNotesTitle, creditNotes, new H3("Event log"), events);
    }

    /**
     * @param receipt a download of one payment's receipt
     * @param refund  opens the refund form for one payment
     */
    void show(List<Payment> ledger, List<Invoice> credits, List<InvoiceEvent> log, ZoneId zone,
              Function<Payment, DownloadHandler> receipt, Consumer<Payment> refund, boolean writable) {
        this.zone = zone;
        this.receipt = receipt;
        this.refund = refund;
        this.writable = writable;
        this.lines = ledger;
        payments.setItems(rows(ledger));
        payments.setVisible(!ledger.isEmpty());
        paymentsTitle.setVisible(!ledger.isEmpty());
        creditNotes.removeAll();
        for (int i = 0; i < credits.size(); i++) {
            creditNotes.add(creditNoteLink(credits.get(i), i));
        }
        creditNotes.setVisible(!credits.isEmpty());
        creditNotesTitle.setVisible(!credits.isEmpty());
        events.setItems(log);
    }

    static List<PaymentRow> rows(List<Payment> ledger) {
        List<PaymentRow> rows = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            rows.add(new PaymentRow(i, ledger.get(i), leftToRefund(ledger.get(i), ledger)));
        }
        return rows;
    }

    /** A payment less the refunds already made from it; nothing for ledger lines that are not payments. */
    static Money leftToRefund(Payment payment, List<Payment> ledger) {
        Money left = payment.amount();
        if (payment.kind() != PaymentKind.PAYMENT) {
            return Money.zero(left.currency());
        }
        for (Payment p : ledger) {
            if (p.kind() == PaymentKind.REFUND && p.refundedPaymentId().filter(payment.id()::equals).isPresent()) {
                left = left.minus(p.amount());
            }
        }
        return left;
    }

    /** @param waive asks whether to waive one late fee, and does */
    void onWaive(Consumer<Payment> waive) {
        this.waive = waive;
    }

    private HorizontalLayout rowActions(PaymentRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        Payment line = row.payment();
        if (line.kind() == PaymentKind.LATE_FEE && writable && lines.stream().noneMatch(p -> p.kind()
                == PaymentKind.LATE_FEE_WAIVER && p.refundedPaymentId().filter(line.id()::equals).isPresent())) {
            Button waiveIt = new Button("Waive", e -> waive.accept(line));
            waiveIt.setId("waive-fee-" + row.index());
            waiveIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(waiveIt);
        }
        if (row.payment().kind() != PaymentKind.PAYMENT) {
            return actions;
        }
        Anchor download = new Anchor(receipt.apply(row.payment()), AttachmentType.DOWNLOAD, "Receipt (PDF)");
        download.setId("download-receipt-" + row.index());
        actions.add(download);
        if (writable && row.leftToRefund().isPositive()) {
            Button refundIt = new Button("Refund", e -> refund.accept(row.payment()));
            refundIt.setId("refund-payment-" + row.index());
            refundIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(refundIt);
        }
        return actions;
    }

    private static RouterLink creditNoteLink(Invoice creditNote, int index) {
        String text = creditNote.kind().label() + " " + creditNote.number().orElse("(draft)") + " · "
                + MoneyText.of(creditNote.total()) + (creditNote.issueDate() == null ? "" : " · issued " + creditNote.issueDate());
        RouterLink link = new RouterLink(text, InvoiceView.class, new RouteParameters("id", creditNote.id().toString()));
        link.setId("credit-note-link-" + index);
        return link;
    }
}
