package com.becflow.portal.api;

import com.becflow.portal.home.ClientSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in to a client's home without a password: ask for a link to be mailed to an address (the same 202 whoever
 * asks), then exchange that link, once, for a link to the home.
 */
@Path("sign-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignInResource {

    @Inject
    ClientSignIn signIn;

    @Inject
    @ConfigProperty(name = "BECFLOW_PUBLIC_URL")
    String publicUrl;

    @POST
    public Response request(SignInRequest body) {
        SignInRequest asked = body == null ? new SignInRequest() : body;
        signIn.request(asked.business, asked.email);
        return Response.accepted(new Answer("If the business writes to this address, a sign-in link is on its way to"
                + " it.")).build();
    }

    @POST
    @Path("{token}")
    public HomeLinkResource.OpenedJson exchange(@PathParam("token") String token) {
        return HomeLinkResource.OpenedJson.of(publicUrl, "home", signIn.signIn(token));
    }

    /** {@code business}: the name in the freelancer's portal address ({@code /portal/for/{business}}). */
    public static class SignInRequest {
        public String business;
        public String email;
    }

    public record Answer(String message) {
    }
}
