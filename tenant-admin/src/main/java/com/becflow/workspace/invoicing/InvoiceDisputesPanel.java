package com.becflow.workspace.invoicing;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.app.DisputeAnswers;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.becflow.workspace.invoicing.InvoiceDraft.LineDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The client's disputes on the invoice's page: what they dispute and why, and, while one is open, the freelancer's
 * answer: credit it (a credit note started from the disputed line, to check and change) or reject it with a word to
 * the client. Hidden while the invoice has none.
 */
final class InvoiceDisputesPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final DisputeAnswers answers;
    private final Supplier<TenantContext> tenant;
    private final CreditNoteDialog creditNote = new CreditNoteDialog("dispute-credit-note", "dispute-credit-line");
    private Consumer<CreditNoteDraft> afterCredit = draft -> { };

    InvoiceDisputesPanel(DisputeAnswers answers, Supplier<TenantContext> tenant) {
        this.answers = answers;
        this.tenant = tenant;
        setId("invoice-disputes");
        setPadding(false);
        setSpacing(false);
        creditNote.addSaveListener(e -> afterCredit.accept(e.draft()));
    }

    /** @param zone the freelancer's, to say when each dispute came */
    void show(Invoice invoice, ZoneId zone, boolean writable, Runnable changed) {
        removeAll();
        List<InvoiceDispute> disputes = answers.of(tenant.get(), invoice.id());
        setVisible(!disputes.isEmpty());
        H3 title = new H3("Disputes");
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        add(title);
        for (int i = 0; i < disputes.size(); i++) {
            InvoiceDispute dispute = disputes.get(i);
            Paragraph said = new Paragraph(describe(dispute, invoice, zone));
            said.setId("invoice-dispute-" + (i + 1));
            said.getStyle().set("margin", "0");
            add(said);
            if (dispute.open() && writable) {
                add(answer(invoice, dispute, changed));
            }
        }
    }

    static String describe(InvoiceDispute d, Invoice invoice, ZoneId zone) {
        String what = d.line().map(n -> " of line " + n + " (" + invoice.lines().items().get(n - 1).description() + ")")
                .orElse("");
        String said = "The client disputes " + MoneyText.of(d.amount()) + what + " since "
                + DAY.format(LocalDate.ofInstant(d.raisedAt(), zone)) + ": \u201c" + d.reason() + "\u201d ";
        return said + switch (d.status()) {
            case OPEN -> "Until you answer, this amount is not reminded and no late fee is charged on it.";
            case CREDITED -> "You credited it" + d.answer().map(a -> ": " + a).orElse(".");
            case REJECTED -> "You rejected it: " + d.answer().orElse("");
        };
    }

    private Div answer(Invoice invoice, InvoiceDispute dispute, Runnable changed) {
        TextArea answer = new TextArea("Your answer to the client");
        answer.setId("invoice-dispute-answer");
        answer.setMaxLength(InvoiceDispute.ANSWER_LENGTH);
        answer.setWidthFull();
        answer.setHelperText("Needed to reject; sent with a credit note too");
        Button credit = new Button("Credit it…", e -> {
            afterCredit = draft -> {
                if (Notices.attempt(() -> answers.credit(tenant.get(), invoice.id(), dispute.id(),
                        draft.toCommand(), answer.getValue()), creditNote::showErrors)) {
                    creditNote.close();
                    Notices.success("Credited: the client is told");
                    changed.run();
                }
            };
            creditNote.open(invoice.number().orElse(""), invoice.balance(), start(invoice, dispute));
        });
        credit.setId("invoice-dispute-credit");
        credit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button("Reject", e -> {
            if (Notices.attempt(() -> answers.reject(tenant.get(), invoice.id(), dispute.id(), answer.getValue()),
                    errors -> {
                        answer.setErrorMessage(errors.get("answer"));
                        answer.setInvalid(errors.containsKey("answer"));
                        return errors.containsKey("answer") ? Map.of() : errors;
                    })) {
                Notices.success("Rejected: the client is told, and the amount is due again");
                changed.run();
            }
        });
        reject.setId("invoice-dispute-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout buttons = new FlexLayout(credit, reject);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        Div box = new Div(answer, buttons);
        box.setWidthFull();
        return box;
    }

    /**
     * The credit note to start from: the disputed line again, its price brought down so that with its tax it comes to
     * the amount disputed; for an amount of the whole, one untaxed line of that amount.
     */
    static CreditNoteDraft start(Invoice invoice, InvoiceDispute dispute) {
        CreditNoteDraft draft = new CreditNoteDraft();
        LineDraft line = dispute.line().map(n -> invoice.lines().items().get(n - 1)).map(l -> netOf(l, dispute))
                .orElseGet(() -> new LineDraft("Adjustment after your dispute", BigDecimal.ONE,
                        dispute.amount().amount(), null, null, ""));
        draft.setLines(List.of(line));
        draft.setReason("Disputed by the client: " + abbreviate(dispute.reason()));
        return draft;
    }

    private static LineDraft netOf(InvoiceLine line, InvoiceDispute dispute) {
        BigDecimal rate = line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
        BigDecimal net = dispute.amount().amount().multiply(HUNDRED).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
        return new LineDraft(line.description(), BigDecimal.ONE, net, null, line.taxRate(),
                line.taxName() == null ? "" : line.taxName());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
