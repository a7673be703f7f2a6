package com.becflow.workspace.contracts;

import com.becflow.contracts.ClauseText;
import com.becflow.contracts.ContractTerms;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/** How a template's clauses read, before any fee or currency is known. */
class ClausePreview extends Div {

    private final OrderedList clauses = new OrderedList();
    private final Paragraph note = new Paragraph();

    ClausePreview() {
        setId("template-clause-preview");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H4("How the clauses read"), note, clauses);
    }

    void show(ContractTerms terms) {
        clauses.removeAll();
        Map<String, String> problems = terms.problems(null);
        if (!problems.isEmpty()) {
            note.setText("Complete the clauses to see them as the client will read them ("
                    + problems.size() + (problems.size() == 1 ? " thing" : " things") + " to fix, marked when you save).");
            return;
        }
        List<ClauseText.Clause> rendered;
        try {
            rendered = ClauseText.render(terms, null, null);
        } catch (RuntimeException e) {
            note.setText("These clauses cannot be shown yet: check the numbers.");
            return;
        }
        note.setText("Amounts show once a contract gives them a fee and a currency.");
        for (ClauseText.Clause clause : rendered) {
            Span title = new Span(clause.title());
            title.getStyle().set("font-weight", "600");
            ListItem item = new ListItem(title, new Paragraph(clause.text()));
            item.setId("template-clause-" + clause.key());
            clauses.add(item);
        }
    }
}
