package com.becflow.portal;

import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A plan the freelancer proposed, for the client to accept as it stands: its installments, "I agree to pay on these
 * dates", and "Accept plan", which names the terms shown (their hash), so a plan changed since is not accepted.
 */
final class PlanProposalPanel {

    private PlanProposalPanel() {
    }

    static Component of(String token, PlanDetails proposed, PlanPortal plans, String freelancerName, Runnable accepted) {
        H2 title = new H2("Pay in installments");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Paragraph intro = new Paragraph(freelancerName + " proposes paying "
                + MoneyText.of(proposed.statement().plan().terms().sum().rounded()) + " in "
                + proposed.statement().installments().size() + " installments:");
        Checkbox consent = new Checkbox(PlanBuilderPanel.CONSENT_LABEL);
        consent.setId("plan-consent");
        Paragraph refused = new Paragraph();
        refused.setId("plan-problems");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        Button accept = new Button("Accept plan");
        accept.setId("plan-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> {
            if (!consent.getValue()) {
                consent.setInvalid(true);
                refused.setText("Tick \"" + PlanBuilderPanel.CONSENT_LABEL + "\" to accept the plan.");
                return;
            }
            try {
                plans.accept(token, new AcceptPlan(proposed.terms().sha256(), true), PortalSignatureContext.ofCurrentRequest());
                accepted.run();
            } catch (PortalLinkNotFound ex) {
                throw ex;
            } catch (DomainException ex) {
                refused.setText(ex.getMessage());
            }
        });
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        Div panel = PortalLayout.card(title, intro, InstallmentTable.terms("plan-proposal-table",
                proposed.statement().plan().terms().installments(), proposed.statement().plan().terms().sum()),
                consent, refused, accept);
        panel.setId("plan-panel");
        return panel;
    }
}
