package com.becflow.workspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

@Meta(name = "description", content = "Becflow: contracts, invoices and payments for freelancers")
@Theme(themeClass = Lumo.class)
public class WorkspaceShell implements AppShellConfigurator {
}
