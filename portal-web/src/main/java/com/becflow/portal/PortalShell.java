package com.becflow.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

@Meta(name = "robots", content = "noindex")
public class PortalShell implements AppShellConfigurator {
}
