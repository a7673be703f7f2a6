package com.becflow.assistant;

import java.util.List;

/** Chooses the template closest to a brief; the offline assistant's judgement of what kind of work it is. */
public interface TemplateMatcher {

    /** The template chosen and the sentence that explains the choice to the freelancer. */
    record Match(TemplateChoice template, String because) {
    }

    /** @param templates never empty */
    Match closest(String brief, List<TemplateChoice> templates);
}
