package com.becflow.api.packages;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PackageCancellationInput")
public class PackageCancellationInputJson {

    @Schema(description = "Why the package is called off; shown to the freelancer and the client", maxLength = 500)
    public String reason;
}
