package com.becflow.assistant.app;

import com.becflow.assistant.BriefRefused;
import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.reading.BriefLanguage;
import java.util.Locale;

/** What every brief must be before any assistant reads it: some words, not too many, in a language it reads. */
final class BriefCheck {

    private BriefCheck() {
    }

    static String checked(String brief) {
        if (brief == null || brief.isBlank()) {
            throw BriefRefused.empty();
        }
        if (brief.length() > ContractBrief.MAX_LENGTH) {
            throw BriefRefused.tooLong(brief.length(), ContractBrief.MAX_LENGTH);
        }
        String text = brief.strip();
        BriefLanguage language = BriefLanguage.detect(text).orElse(null);
        if (language == null || !language.supported()) {
            throw BriefRefused.languageUnsupported(language == null ? null
                    : "like " + language.name().charAt(0) + language.name().substring(1).toLowerCase(Locale.ROOT));
        }
        return text;
    }
}
