package com.becflow.workspace.contracts;

import com.becflow.contracts.MergeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;

/** The merge fields a contract's text may use, with what each becomes; a click puts one at the cursor. */
class MergeFieldHelp extends Details {

    MergeFieldHelp(TextArea target) {
        super("Merge fields: click one to insert it where the cursor is");
        setId("merge-fields");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (MergeField field : MergeField.values()) {
            Button insert = new Button(field.placeholder());
            insert.setId("merge-field-" + field.key().replace('.', '-').replace('_', '-').toLowerCase(Locale.ROOT));
            insert.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            insert.getStyle().set("font-family", "monospace");
            insert.addClickListener(e -> insert(target, field.placeholder()));
            Span meaning = new Span(field.meaning());
            meaning.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            HorizontalLayout row = new HorizontalLayout(insert, meaning);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        add(list);
    }

    /**
     * Inserts at the text area's cursor (a textarea keeps its selection after losing focus) and reports the
     * new value the way typing would, with a change event.
     */
    private static void insert(TextArea target, String placeholder) {
        if (target.isReadOnly() || !target.isEnabled()) {
            return;
        }
        target.getElement().executeJs("""
                const input = this.inputElement;
                const value = this.value || '';
                const start = input && typeof input.selectionStart === 'number' ? input.selectionStart : value.length;
                const end = input && typeof input.selectionEnd === 'number' ? input.selectionEnd : start;
                this.value = value.slice(0, start) + $0 + value.slice(end);
                this.dispatchEvent(new Event('change', {bubbles: true}));
                if (input) { input.focus(); input.setSelectionRange(start + $0.length, start + $0.length); }
                """, placeholder);
    }
}
