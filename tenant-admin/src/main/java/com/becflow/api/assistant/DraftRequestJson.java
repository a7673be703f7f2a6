package com.becflow.api.assistant;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the freelancer asks the assistant to draft: for which client, from which words. */
public class DraftRequestJson {

    @Schema(required = true, description = "The client the draft is for; their currency is assumed when the brief names none")
    public UUID clientId;
    @Schema(required = true, maxLength = 8000, description = "The freelancer's own words, in English, German, French or Spanish")
    public String brief;
}
