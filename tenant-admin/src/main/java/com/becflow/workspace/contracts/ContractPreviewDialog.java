package com.becflow.workspace.contracts;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/** The contract exactly as the client will see it, in a dialog over the editor. */
final class ContractPreviewDialog {

    private ContractPreviewDialog() {
    }

    static void open(Html document, String clientName) {
        Dialog dialog = new Dialog();
        dialog.setId("contract-preview-dialog");
        dialog.setHeaderTitle("Preview: exactly what " + clientName + " will see");
        dialog.setWidth("min(960px, 96vw)");
        Div content = new Div(document);
        content.setId("contract-preview-document");
        dialog.add(content);
        Button close = new Button("Close", e -> dialog.close());
        close.setId("contract-preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
