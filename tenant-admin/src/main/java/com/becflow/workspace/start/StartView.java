package com.becflow.workspace.start;

import com.becflow.workspace.security.CurrentUser;
import com.becflow.workspace.security.PublicPage;
import com.becflow.workspace.signup.SignUpView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The workspace's front door: start a free trial, or sign in. */
@Route("")
@PageTitle("Becflow: get paid without chasing")
@PublicPage
public class StartView extends VerticalLayout implements BeforeEnterObserver {

    public StartView() {
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        H1 title = new H1("Get paid without chasing");
        Paragraph pitch = new Paragraph("Contracts your clients e-sign, invoices with payment links, deposits up front, "
                + "and reminders that run on their own.");
        Button trial = new Button("Start your free trial", e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(SignUpView.class)));
        trial.setId("start-trial");
        trial.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Anchor signIn = new Anchor("/sign-in", "Sign in");
        signIn.setId("sign-in");
        signIn.setRouterIgnore(true);
        HorizontalLayout actions = new HorizontalLayout(trial, signIn);
        actions.setAlignItems(Alignment.CENTER);
        add(title, pitch, actions, new Paragraph("7 days free, no card needed."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String signin = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("signin", java.util.List.of()).stream().findFirst().orElse(null);
        if (signin != null) {
            Notification.show("Sign-in did not complete; please try again", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        CurrentUser.get().ifPresent(user -> event.forwardTo(user.tenant().isPresent() ? "dashboard" : "operator/tenants"));
    }
}
