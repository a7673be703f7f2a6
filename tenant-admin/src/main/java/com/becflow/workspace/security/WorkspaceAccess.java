package com.becflow.workspace.security;

import com.becflow.tenancy.TenantNotServed;
import com.becflow.workspace.start.UnavailableView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.util.Optional;

/**
 * The guard in front of every route: public pages for anyone, operator pages for operators, every other
 * page for a signed-in user whose tenant exists and is not suspended.
 */
@ApplicationScoped
public class WorkspaceAccess {

    @Inject
    WorkspaceTenant tenant;

    @Inject
    WorkspaceSessions sessions;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    /** Operator pages show what only the role may see: the provider is asked whether the user still has it. */
    private Optional<SignedInUser> provenAgain() {
        VaadinSession session = VaadinSession.getCurrent();
        if (!(session.getSession() instanceof WrappedHttpSession http)) {
            return Optional.empty();
        }
        return sessions.current(http.getHttpSession(), SessionPolicy.ROLE_SENSITIVE_FRESHNESS)
                .map(WorkspaceSession::user);
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // Error views (not found, internal error) show to anyone; sending them to sign-in would hide the error.
        if (target.isAnnotationPresent(PublicPage.class) || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            event.forwardToUrl("/sign-in");
            return;
        }
        if (target.isAnnotationPresent(OperatorPage.class)) {
            user = provenAgain().orElse(null);
            if (user == null) {
                event.forwardToUrl("/sign-in");
                return;
            }
            if (!user.isOperator()) {
                event.rerouteTo(UnavailableView.class);
            }
            return;
        }
        if (user.tenant().isEmpty()) {
            event.rerouteTo(UnavailableView.class);
            return;
        }
        try {
            tenant.get();
        } catch (TenantNotServed e) {
            event.rerouteTo(UnavailableView.class);
        }
    }
}
