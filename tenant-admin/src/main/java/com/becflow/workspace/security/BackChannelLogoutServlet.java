package com.becflow.workspace.security;

import com.becflow.integrations.identity.InvalidToken;
import com.becflow.integrations.identity.LogoutTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The identity provider posts a logout token here when a sign-in session ends on its side (the user signed out
 * elsewhere, an administrator ended it, the user was removed): the workspace sessions it names end at once.
 */
@WebServlet(OidcEndpoints.BACKCHANNEL_LOGOUT_PATH)
public class BackChannelLogoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    LogoutTokens logoutTokens;

    @Inject
    WorkspaceSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        LogoutTokens.Logout logout;
        try {
            logout = logoutTokens.verify(request.getParameter("logout_token"));
        } catch (InvalidToken refused) {
            LOG.warning(() -> "Refused a back-channel logout: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid logout token");
            return;
        }
        int ended = sessions.end(logout);
        LOG.info(() -> "Back-channel logout of " + logout + " ended " + ended + " workspace session(s)");
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
