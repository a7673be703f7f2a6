package com.becflow.workspace.invoicing;

import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes part of an issued invoice back with a credit note: its lines, summed as typed in the invoice's
 * currency, and the reason printed on it. Ids of its lines start with {@code credit-line}, so they never clash
 * with the invoice form's. Raises {@link SaveEvent}.
 */
public class CreditNoteDialog extends Dialog {

    private final Paragraph explanation = new Paragraph();
    private final InvoiceLinesEditor lines;
    private final TextArea reason = new TextArea("Reason (printed on the credit note)");
    private final Button save = new Button("Issue credit note");
    private final Button cancel = new Button("Cancel");
    private final Binder<CreditNoteDraft> binder = new Binder<>(CreditNoteDraft.class);
    private CreditNoteDraft draft = new CreditNoteDraft();

    public CreditNoteDialog() {
        this("credit-note", "credit-line");
    }

    /**
     * A dialog whose ids start with {@code idPrefix} ({@code credit-note-save}) and its lines' with {@code linePrefix},
     * so that two on one page never share an id.
     */
    public CreditNoteDialog(String idPrefix, String linePrefix) {
        lines = new InvoiceLinesEditor(linePrefix, idPrefix);
        setId(idPrefix + "-dialog");
        setHeaderTitle("Issue a credit note");
        setWidth("min(1100px, 96vw)");
        explanation.setId(idPrefix + "-explanation");
        reason.setId(idPrefix + "-reason");
        save.setId(idPrefix + "-save");
        cancel.setId(idPrefix + "-cancel");
        reason.setMaxLength(500);
        reason.setWidthFull();
        binder.forField(reason).bind(CreditNoteDraft::getReason, CreditNoteDraft::setReason);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            if (binder.writeBeanIfValid(draft) && lines.validateInput()) {
                draft.setLines(lines.getLines());
                fireEvent(new SaveEvent(this, draft));
            }
        });
        cancel.addClickListener(e -> close());
        add(explanation, lines, reason);
        getFooter().add(cancel, save);
    }

    /** Opens an empty credit note against an invoice with this open balance, in its currency. */
    public void open(String invoiceNumber, Money balance) {
        open(invoiceNumber, balance, new CreditNoteDraft());
    }

    /** Opens a credit note started from {@code start}'s lines and reason, for the freelancer to check and change. */
    public void open(String invoiceNumber, Money balance, CreditNoteDraft start) {
        draft = start;
        binder.readBean(draft);
        lines.setLines(draft.getLines());
        lines.setCurrency(balance.currency());
        clearErrors();
        explanation.setText("The credit note is issued at once with its own number and emailed with a link; its total "
                + "comes off the open balance of invoice " + invoiceNumber + " (" + MoneyText.of(balance)
                + "). To give money back that was paid, refund the payment instead.");
        open();
    }

    /** Marks what this form has an input for and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (field.equals("reason")) {
                FieldErrors.show(Map.of("reason", reason), field, message);
            } else if (!lines.showError(field, message)) {
                rest.put(field, message);
            }
        });
        return rest;
    }

    private void clearErrors() {
        FieldErrors.clear(List.of(reason));
        lines.clearErrors();
    }

    public static class SaveEvent extends ComponentEvent<CreditNoteDialog> {
        private final CreditNoteDraft draft;

        SaveEvent(CreditNoteDialog source, CreditNoteDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public CreditNoteDraft draft() {
            return draft;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
