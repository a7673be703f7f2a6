package com.becflow.workspace.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The signed-in user of the current Vaadin session, as stored by the sign-in callback. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((SignedInUser) session.getSession().getAttribute(SignedInUser.SESSION_KEY));
    }
}
