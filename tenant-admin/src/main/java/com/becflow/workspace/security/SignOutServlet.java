package com.becflow.workspace.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the workspace session and Keycloak's single sign-on session with it. */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    OidcEndpoints endpoints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String idToken = null;
        if (session != null) {
            SignedInUser user = (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
            idToken = user == null ? null : user.idToken();
            session.invalidate();
        }
        response.sendRedirect(endpoints.signOut(idToken));
    }
}
