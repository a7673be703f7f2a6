package com.becflow.api.disputes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the freelancer does not take the disputed amount off: told to the client. */
public class DisputeRejectionInputJson {

    @Schema(required = true, maxLength = 1000)
    public String answer;
}
