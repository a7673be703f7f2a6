package com.becflow.api.problem;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.limits.RateLimited;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof RateLimited limited) {
            return Problem.tooManyRequests(limited);
        }
        int status = e.code().status();
        return Problem.of(status, e.code().key(), Problem.titleFor(status), e.getMessage(), e.fieldErrors());
    }
}
