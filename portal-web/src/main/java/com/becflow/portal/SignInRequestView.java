package com.becflow.portal;

import com.becflow.portal.home.ClientSignIn;
import com.becflow.portal.home.InvalidSignInRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * A freelancer's portal address: their clients give the address they are written to at, and a sign-in link is mailed
 * there if it is one. The page answers the same whoever asks.
 */
@Route(value = "for/:business", layout = PortalLayout.class)
@PageTitle("Sign in | Becflow")
public class SignInRequestView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientSignIn signIn;
    private final PortalLimits limits;
    private String business = "";

    @Inject
    public SignInRequestView(ClientSignIn signIn, PortalLimits limits) {
        this.signIn = signIn;
        this.limits = limits;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        business = event.getRouteParameters().get("business").orElse("");
        removeAll();
        if (!limits.admitPage(null, this)) {
            return;
        }
        String name;
        try {
            name = signIn.businessName(business);
        } catch (PortalLinkNotFound e) {
            add(DeadLinkPanel.of(false, () -> { }, "this page"));
            return;
        }
        H1 heading = new H1("Your documents with " + name);
        heading.setId("sign-in-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0 0 0");
        EmailField email = new EmailField("Your email address");
        email.setId("sign-in-email");
        email.setWidthFull();
        email.setHelperText("The address " + name + " writes to you at");
        Button send = new Button("Email me a sign-in link");
        send.setId("sign-in-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph answer = new Paragraph();
        answer.setId("sign-in-answer");
        answer.setVisible(false);
        send.addClickListener(e -> {
            if (!limits.admitPage(null, this)) {
                return;
            }
            try {
                signIn.request(business, email.getValue());
                email.setInvalid(false);
                answer.setText("If " + name + " writes to " + email.getValue().strip() + ", a sign-in link is on its way"
                        + " there. It works once, for 15 minutes.");
                answer.setVisible(true);
            } catch (InvalidSignInRequest bad) {
                email.setErrorMessage(bad.fieldErrors().get("email"));
                email.setInvalid(true);
            }
        });
        Div card = PortalLayout.card(new Paragraph("Your invoices, contracts and what " + name + " sent you, in one"
                + " place. No password: we email you a link."), email, send, answer);
        add(heading, card);
    }
}
