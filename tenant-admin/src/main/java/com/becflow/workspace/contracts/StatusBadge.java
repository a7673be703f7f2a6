package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A contract's status as a Lumo badge: its name in lower case, coloured by what it asks of the freelancer. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(ContractStatus status) {
        Span badge = new Span();
        apply(badge, status);
        return badge;
    }

    static void apply(Span badge, ContractStatus status) {
        badge.setText(status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("theme", switch (status) {
            case DRAFT -> "badge contrast";
            case SENT, VIEWED -> "badge";
            case SIGNED, COUNTERSIGNED -> "badge success";
            case DECLINED, EXPIRED, VOIDED, CANCELLED -> "badge error";
        });
    }
}
