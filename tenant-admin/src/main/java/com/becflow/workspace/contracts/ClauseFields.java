package com.becflow.workspace.contracts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/** The inputs the clause editor is built from, with the messages they show for input their type cannot read. */
final class ClauseFields {

    private ClauseFields() {
    }

    static void mark(HasValidation field, String message) {
        String before = field.isInvalid() ? field.getErrorMessage() : null;
        field.setErrorMessage(before == null || before.isBlank() ? message : before + "; " + message);
        field.setInvalid(true);
    }

    static IntegerField wholeNumber(String label, String id) {
        IntegerField field = new IntegerField(label);
        if (id != null) {
            field.setId(id);
        }
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        return field;
    }

    static BigDecimalField decimal(String label, String id) {
        BigDecimalField field = new BigDecimalField(label);
        if (id != null) {
            field.setId(id);
        }
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        return field;
    }

    static Checkbox toggle(String label, String id) {
        Checkbox box = new Checkbox(label);
        box.setId(id);
        box.getStyle().set("font-weight", "600");
        return box;
    }
}
