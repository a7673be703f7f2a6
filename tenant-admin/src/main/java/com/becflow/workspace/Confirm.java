package com.becflow.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A question before a step that cannot be taken back; the step runs only on the confirm button. */
public final class Confirm {

    private Confirm() {
    }

    public static Dialog ask(String title, String text, String confirmLabel, String confirmId, boolean danger, Runnable onConfirm) {
        return ask(title, text, confirmLabel, "Cancel", confirmId, danger, onConfirm);
    }

    /** @param keepLabel the button that closes the question and changes nothing, where "Cancel" would read as the step */
    public static Dialog ask(String title, String text, String confirmLabel, String keepLabel, String confirmId,
                             boolean danger, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId(confirmId + "-dialog");
        Paragraph body = new Paragraph(text);
        body.getStyle().set("max-width", "32em");
        dialog.add(body);
        Button confirm = new Button(confirmLabel);
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            dialog.close();
            onConfirm.run();
        });
        Button cancel = new Button(keepLabel, e -> dialog.close());
        cancel.setId(confirmId + "-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
