package com.becflow.assistant;

import java.util.List;

/**
 * Chooses a template by the trade words a brief uses ("logo", "Hochzeitsfotos", "campaña de anuncios"), without the
 * embedding model: what the offline assistant falls back to where the model's native libraries cannot load (the
 * WARs carry them for linux-x86_64 only). A brief using no template's words gets the first template, and says so.
 */
public final class TradeWordTemplateMatcher implements TemplateMatcher {

    @Override
    public Match closest(String brief, List<TemplateChoice> templates) {
        TemplateChoice best = templates.get(0);
        List<String> bestWords = List.of();
        for (TemplateChoice choice : templates) {
            List<String> words = TradeWords.in(brief, choice.content().category());
            if (words.size() > bestWords.size()) {
                best = choice;
                bestWords = words;
            }
        }
        String name = best.content().name();
        return new Match(best, bestWords.isEmpty()
                ? "template '" + name + "': the first of your templates, as the brief names no trade it knows"
                : "template '" + name + "' because you wrote '" + String.join("', '", bestWords) + "'");
    }
}
