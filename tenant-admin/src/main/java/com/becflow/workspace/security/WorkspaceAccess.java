package com.becflow.workspace.security;

import com.becflow.tenancy.TenantNotServed;
import com.becflow.workspace.start.UnavailableView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The guard in front of every route: public pages for anyone, operator pages for operators, every other
 * page for a signed-in user whose tenant exists and is not suspended.
 */
@ApplicationScoped
public class WorkspaceAccess {

    @Inject
    WorkspaceTenant tenant;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
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
