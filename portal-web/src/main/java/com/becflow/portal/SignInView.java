package com.becflow.portal;

import com.becflow.portal.home.ClientSignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * Where a mailed sign-in link lands. Opening the page uses nothing up (mail scanners open links); the client's click
 * does, once, and takes them home.
 */
@Route(value = "sign-in/:token", layout = PortalLayout.class)
@PageTitle("Sign in | Becflow")
public class SignInView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientSignIn signIn;
    private final PortalLimits limits;
    private String token = "";

    @Inject
    public SignInView(ClientSignIn signIn, PortalLimits limits) {
        this.signIn = signIn;
        this.limits = limits;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        if (!limits.admitPage(token, this)) {
            return;
        }
        H1 heading = new H1("Sign in to your documents");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0 0 0");
        Button open = new Button("Open my documents", e -> open());
        open.setId("sign-in-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setDisableOnClick(true);
        add(heading, PortalLayout.card(new Paragraph("This link works once."), open));
    }

    private void open() {
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            UI.getCurrent().navigate("home/" + signIn.signIn(token).token());
        } catch (PortalLinkNotFound e) {
            removeAll();
            add(DeadLinkPanel.of(false, () -> { }, "this link"));
        }
    }
}
