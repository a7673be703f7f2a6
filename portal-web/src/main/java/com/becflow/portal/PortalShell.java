package com.becflow.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

@Meta(name = "robots", content = "noindex")
@Theme(themeClass = Lumo.class)
public class PortalShell implements AppShellConfigurator {
}
