package com.becflow.api.assistant;

import com.becflow.assistant.DraftProvenance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a draft was made. */
public class ProvenanceJson {

    public DraftProvenance.Kind kind;
    @Schema(description = "The language model's name; absent for the offline assistant")
    public String model;
    @Schema(description = "Why a language model's draft was replaced by the offline one, when it was")
    public String note;

    static ProvenanceJson from(DraftProvenance provenance) {
        ProvenanceJson json = new ProvenanceJson();
        json.kind = provenance.kind();
        json.model = provenance.model();
        json.note = provenance.note();
        return json;
    }
}
