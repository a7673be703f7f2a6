package com.becflow.assistant;

import java.util.Optional;

/**
 * The assistants a use case may ask: the offline one always; a language model only when the operator configured
 * one. Whether the tenant allows its data to reach that model is the use case's decision, not the adapter's.
 */
public interface DraftingAssistants {

    DraftingAssistant offline();

    Optional<DraftingAssistant> model();
}
