package com.becflow.workspace.contracts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** One clause: its switch (none for payment terms), its inputs, and a line for errors on the whole clause. */
final class ClauseSection extends Div {
    private final Checkbox toggle;
    private final FormLayout body = new FormLayout();
    private final Span error = new Span();

    ClauseSection(String name, Checkbox toggle, Component... content) {
        this.toggle = toggle;
        setId("clause-" + name);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("width", "100%");
        if (toggle == null) {
            Span title = new Span("Payment terms");
            title.getStyle().set("font-weight", "600");
            add(title);
        } else {
            add(toggle);
        }
        body.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2),
                new ResponsiveStep("48em", 3));
        body.add(content);
        for (Component c : content) {
            if (c instanceof TextArea || c instanceof VerticalLayout || c instanceof RadioButtonGroup) {
                body.setColspan(c, 3);
            }
        }
        error.setId("clause-" + name + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        add(body, error);
        clearError();
    }

    boolean isOn() {
        return toggle == null || Boolean.TRUE.equals(toggle.getValue());
    }

    void sync() {
        body.setVisible(isOn());
        if (!isOn()) {
            clearError();
        }
    }

    void addError(String message) {
        error.setText(error.getText() == null || error.getText().isBlank() ? message : error.getText() + " " + message);
        error.setVisible(true);
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
    }
}
