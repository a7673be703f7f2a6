package com.becflow.assistant;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A brief the assistant will not read; nothing was drafted or stored. One code per reason. */
public class BriefRefused extends DomainException {

    private BriefRefused(ErrorCode code, String message) {
        super(code, message, Map.of("brief", message));
    }

    public static BriefRefused empty() {
        return new BriefRefused(ErrorCode.badRequest("assistant.brief.empty"),
                "Write a few words about the work: what it is, the fee, when it starts");
    }

    public static BriefRefused tooLong(int length, int max) {
        return new BriefRefused(ErrorCode.badRequest("assistant.brief.too-long"),
                "The brief has " + length + " characters; the assistant reads at most " + max);
    }

    public static BriefRefused languageUnsupported(String language) {
        return new BriefRefused(ErrorCode.badRequest("assistant.brief.language-unsupported"),
                "The assistant reads briefs in English, German, French and Spanish"
                        + (language == null ? "" : "; this one looks " + language));
    }
}
