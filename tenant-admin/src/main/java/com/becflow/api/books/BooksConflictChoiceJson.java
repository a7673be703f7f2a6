package com.becflow.api.books;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the freelancer settles a conflict. */
public class BooksConflictChoiceJson {

    @NotBlank(message = "Choose one of the conflict's choices")
    @Schema(required = true, description = "One of the conflict's choices", example = "LINK_EXISTING")
    public String choice;
}
