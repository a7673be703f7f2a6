package com.becflow.api.signup;

import com.becflow.api.operator.TenantJson;
import com.becflow.api.security.PublicEndpoint;
import com.becflow.tenancy.app.SignUp;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-service sign-up: a trial tenant and its owner's account, in one call, without a token. */
@Path("signups")
@Tag(name = "Sign-up", description = "A new workspace with a free trial; no token needed")
@PublicEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignUpResource {

    @Inject
    TenantRegistry registry;

    @Inject
    Validator validator;

    @Inject
    SignUpLimits limits;

    @Context
    HttpServletRequest request;

    /**
     * Each sign-up makes a schema and an identity-provider account, so sign-ups are limited per client address and
     * overall ({@code rate.signup.address}, {@code rate.signup.global}: 429 with Retry-After). A sign-up counts once it
     * passes validation, whether it then succeeds or not.
     */
    @POST
    @Operation(operationId = "signUp", summary = "Sign up: a trial workspace and its owner's account",
            description = "The owner then gets tokens with the email and password given here.")
    @APIResponseSchema(value = TenantJson.class, responseCode = "201", responseDescription = "The new workspace")
    @APIResponse(responseCode = "409", description = "An account with that email exists (`signup.email-taken`)")
    public Response signUp(@NotNull(message = "Send the sign-up as a JSON body") SignUpJson body) {
        SignUp command = body.toCommand();
        Set<ConstraintViolation<SignUp>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        limits.check(request);
        return Response.status(Response.Status.CREATED).entity(TenantJson.from(registry.signUp(command))).build();
    }
}
