package com.becflow.workspace.contracts;

import com.becflow.contracts.checks.ClauseWarning;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The rule checks on a contract's clauses, each with its clause, why, and the law behind it; hidden when none. */
class ClauseWarnings extends Div {

    ClauseWarnings() {
        setId("contract-checks");
        setWidthFull();
    }

    void show(List<ClauseWarning> warnings) {
        removeAll();
        setVisible(!warnings.isEmpty());
        for (ClauseWarning warning : warnings) {
            Div item = new Div();
            item.addClassName("contract-check");
            item.getElement().setAttribute("data-code", warning.code());
            item.getElement().getThemeList().add("badge warning");
            item.getStyle().set("display", "block").set("white-space", "normal").set("text-align", "start")
                    .set("padding", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-xs)");
            Span clause = new Span(ClauseNames.of(warning.field()) + ": ");
            clause.getStyle().set("font-weight", "600");
            item.add(clause, new Span(warning.message()));
            if (warning.source() != null) {
                Paragraph source = new Paragraph("Source: " + warning.source());
                source.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-size", "var(--lumo-font-size-xs)");
                item.add(source);
            }
            add(item);
        }
    }

    /** The clause a field path belongs to, as the editor names it. */
    static final class ClauseNames {

        private ClauseNames() {
        }

        static String of(String field) {
            if (field.startsWith("terms.lateFee")) {
                return "Late fee";
            }
            if (field.startsWith("terms.cancellation")) {
                return "Cancellation";
            }
            if (field.startsWith("terms.deposit")) {
                return "Deposit";
            }
            if (field.startsWith("terms.ipTransfer")) {
                return "Intellectual property";
            }
            if (field.startsWith("terms.payment")) {
                return "Payment terms";
            }
            return field;
        }
    }
}
