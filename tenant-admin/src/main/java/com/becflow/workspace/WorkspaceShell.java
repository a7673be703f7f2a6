package com.becflow.workspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

@Meta(name = "description", content = "Becflow: contracts, invoices and payments for freelancers")
public class WorkspaceShell implements AppShellConfigurator {
}
