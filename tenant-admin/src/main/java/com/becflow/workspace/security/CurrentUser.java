package com.becflow.workspace.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The signed-in user of the current Vaadin session, as stored by the sign-in callback and proven since. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        return signIn().map(WorkspaceSession::user);
    }

    public static Optional<WorkspaceSession> signIn() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((WorkspaceSession) session.getSession().getAttribute(WorkspaceSession.KEY));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    static Optional<WorkspaceSession> signInOf(HttpSession session) {
        try {
            return session == null ? Optional.empty()
                    : Optional.ofNullable((WorkspaceSession) session.getAttribute(WorkspaceSession.KEY));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
