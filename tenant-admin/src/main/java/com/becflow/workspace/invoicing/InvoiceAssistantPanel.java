package com.becflow.workspace.invoicing;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.Reason;
import com.becflow.workspace.FieldErrors;
import com.becflow.workspace.invoicing.InvoiceDraft.LineDraft;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Draft with assistant" on a new invoice: the freelancer writes what they did ("12 hours of design at 90 an hour
 * and the print files for 250") and asks for lines ({@link DraftEvent}); the lines drafted go into the invoice
 * form, each with its reason under its description, to edit and save as usual. What is about no line (the
 * currency, a part left out) is listed here.
 */
public class InvoiceAssistantPanel extends Details {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]");
    private static final String LEFT_OUT = "left out:";

    private final TextArea brief = new TextArea("What did you do? In your own words");
    private final Button draft = new Button("Draft lines");
    private final Span provenance = new Span();
    private final VerticalLayout notes = new VerticalLayout();
    private final Map<String, HasValidation> fields = Map.of("brief", brief);

    public InvoiceAssistantPanel() {
        super(new Span("Draft with assistant"));
        setId("invoice-assistant");
        brief.setId("invoice-assistant-brief");
        draft.setId("invoice-assistant-draft");
        provenance.setId("invoice-assistant-provenance");
        notes.setId("invoice-assistant-notes");
        brief.setMaxLength(ContractBrief.MAX_LENGTH);
        brief.setPlaceholder("12 hours of design at 90 an hour and the print files for 250");
        brief.setHelperText("Choose the client below first. English, German, French or Spanish; nothing is saved "
                + "until you save the draft.");
        brief.setWidthFull();
        draft.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            fireEvent(new DraftEvent(this, brief.getValue()));
        });
        notes.setPadding(false);
        notes.setSpacing(false);
        VerticalLayout content = new VerticalLayout(brief, draft, provenance, notes);
        content.setPadding(false);
        add(content);
    }

    /** Empty and closed, or open to start with the brief (the toolbar's "Draft with assistant"). */
    public void reset(boolean open) {
        brief.clear();
        provenance.setText("");
        notes.removeAll();
        FieldErrors.clear(fields.values());
        setOpened(open);
    }

    /** Puts the drafted lines into the invoice form, each with its reason, and says here how they were made. */
    public void fill(InvoiceEditor editor, InvoiceProposal proposal) {
        editor.fillLines(lines(proposal), proposal.currency(), explain(proposal).byRow());
        show(proposal);
    }

    /** Says how the lines were made and lists the reasons that belong to no line of the form. */
    void show(InvoiceProposal proposal) {
        DraftProvenance made = proposal.provenance();
        provenance.setText(made.kind() == DraftProvenance.Kind.OFFLINE
                ? "Drafted offline on this server" + (made.note() == null ? "" : ". " + made.note())
                : "Drafted by " + made.model());
        notes.removeAll();
        Explained explained = explain(proposal);
        for (String note : explained.others()) {
            Div row = new Div(new Span(note));
            row.addClassName("invoice-assistant-note");
            notes.add(row);
        }
    }

    /** Marks the brief's error and returns the rest, for the invoice form. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field)) {
                setOpened(true);
                FieldErrors.show(fields, field, message);
            } else {
                rest.put(field, message);
            }
        });
        return rest;
    }

    /**
     * The proposal's reasons sorted onto the lines it kept. Reasons name lines by their place in the brief; a line
     * left out for breaking a rule has no row, so the rows after it move up.
     */
    static Explained explain(InvoiceProposal proposal) {
        List<Integer> leftOut = new ArrayList<>();
        for (Reason reason : proposal.reasons()) {
            Matcher line = LINE.matcher(reason.field());
            if (line.matches() && reason.because().startsWith(LEFT_OUT)) {
                leftOut.add(Integer.parseInt(line.group(1)));
            }
        }
        Map<Integer, String> byRow = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (Reason reason : proposal.reasons()) {
            Matcher line = LINE.matcher(reason.field());
            String text = reason.because() + (reason.source() == Reason.Source.TEMPLATE_DEFAULT ? " (default)" : "");
            if (!line.matches()) {
                others.add((reason.field().equals("currency") ? "Currency" : reason.field()) + ": " + text);
                continue;
            }
            int inBrief = Integer.parseInt(line.group(1));
            if (leftOut.contains(inBrief)) {
                others.add("A part of the brief was " + text);
                continue;
            }
            int row = inBrief - (int) leftOut.stream().filter(i -> i < inBrief).count();
            byRow.merge(row, text, (a, b) -> a + "; " + b);
        }
        return new Explained(byRow, others);
    }

    static List<LineDraft> lines(InvoiceProposal proposal) {
        return proposal.lines().stream().map(LineDraft::of).toList();
    }

    /** Reasons by row of the form, and the rest. */
    record Explained(Map<Integer, String> byRow, List<String> others) {
    }

    public static class DraftEvent extends ComponentEvent<InvoiceAssistantPanel> {
        private final String brief;

        DraftEvent(InvoiceAssistantPanel source, String brief) {
            super(source, false);
            this.brief = brief;
        }

        public String brief() {
            return brief;
        }
    }

    public Registration addDraftListener(ComponentEventListener<DraftEvent> listener) {
        return addListener(DraftEvent.class, listener);
    }
}
