package com.becflow.api.problem;

import com.becflow.shared.error.DomainException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Transaction interceptors wrap the real cause, so the chain is searched for a known
 * error first; a truly unexpected one is logged under an id the caller can quote, and nothing internal leaks.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return new DomainExceptionMapper().toResponse(domain);
            }
            if (t instanceof ConstraintViolationException violation) {
                return new ConstraintViolationMapper().toResponse(violation);
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of(409, "concurrent-change", "Conflict",
                        "Someone else changed this at the same time; reload and try again");
            }
            if (t instanceof JsonbException jsonb) {
                return new JsonbExceptionMapper().toResponse(jsonb);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.of(500, "internal", "Internal error", "Something went wrong on our side (incident " + incident + ")");
    }
}
