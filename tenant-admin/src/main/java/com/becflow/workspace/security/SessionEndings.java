package com.becflow.workspace.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets HTTP sessions that time out or are invalidated, so back-channel logouts only name live ones. */
@WebListener
public class SessionEndings implements HttpSessionListener {

    @Inject
    WorkspaceSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.forget(event.getSession());
    }
}
