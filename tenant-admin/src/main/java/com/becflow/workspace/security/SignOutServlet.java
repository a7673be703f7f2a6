package com.becflow.workspace.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Ends the workspace session and Keycloak's single sign-on session with it. Only a POST carrying the session's
 * sign-out secret signs out, so a link or an image on another site cannot; a GET asks first.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    static final String SECRET_FIELD = "signOutSecret";

    @Inject
    OidcEndpoints endpoints;

    @Inject
    WorkspaceSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WorkspaceSession signIn = CurrentUser.signInOf(request.getSession(false)).orElse(null);
        if (signIn == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        try (PrintWriter page = response.getWriter()) {
            page.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign out of Becflow"
                    + "</title><meta name=\"viewport\" content=\"width=device-width\"></head>"
                    + "<body style=\"font-family:sans-serif;max-width:30em;margin:4em auto\">"
                    + "<h1>Sign out of Becflow?</h1>" + form(signIn, request.getContextPath(), "font-size:1em;padding:.4em 1em")
                    + "<p><a href=\"" + request.getContextPath() + "/\">Stay signed in</a></p></body></html>");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        WorkspaceSession signIn = CurrentUser.signInOf(session).orElse(null);
        if (signIn == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String sent = request.getParameter(SECRET_FIELD);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                signIn.signOutSecret().getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This sign-out did not come from your Becflow page");
            return;
        }
        String idToken = sessions.end(session, "the user signed out").orElse(null);
        response.sendRedirect(endpoints.signOut(idToken));
    }

    /** The sign-out button: a form posting this session's secret. */
    static String form(WorkspaceSession signIn, String contextPath, String buttonStyle) {
        return "<form method=\"post\" action=\"" + contextPath + "/sign-out\" style=\"display:inline;margin:0\">"
                + "<input type=\"hidden\" name=\"" + SECRET_FIELD + "\" value=\"" + signIn.signOutSecret() + "\">"
                + "<button type=\"submit\" style=\"" + buttonStyle + "\">Sign out</button></form>";
    }
}
