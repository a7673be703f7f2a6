package com.becflow.workspace.reminders;

import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The workspace's automatic reminders: when each goes out, how it speaks, and what the client will read. */
@Route(value = ReminderPolicyView.ROUTE, layout = WorkspaceLayout.class)
@PageTitle("Reminders | Becflow")
public class ReminderPolicyView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "reminders";

    private final ReminderPolicyForm form;

    @Inject
    public ReminderPolicyView(ReminderPolicies policies, WorkspaceTenant tenant) {
        form = new ReminderPolicyForm(policies, tenant::get);
        setWidthFull();
        setMaxWidth("60em");
        add(new H2("Reminders"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            form.load();
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }
}
