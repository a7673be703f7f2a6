package com.becflow.workspace.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;

/** The workspace's sign-out control: a plain form that posts the session's sign-out secret (not a link). */
public final class SignOutForm {

    private static final String LOOKS_LIKE_A_LINK = "background:none;border:none;padding:0;cursor:pointer;"
            + "font:inherit;white-space:nowrap;color:var(--lumo-primary-text-color)";

    private SignOutForm() {
    }

    public static Component create() {
        return CurrentUser.signIn()
                .<Component>map(signIn -> {
                    Html form = new Html(SignOutServlet.form(signIn, "", LOOKS_LIKE_A_LINK));
                    form.setId("sign-out");
                    return form;
                })
                .orElseGet(Span::new);
    }
}
