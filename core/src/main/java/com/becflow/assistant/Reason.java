package com.becflow.assistant;

/**
 * Why a field of a draft holds its value: {@code field} is the path the domain's validation uses
 * ({@code terms.deposit.percent}, {@code fee}, {@code templateId}); {@code because} is the sentence the
 * freelancer reads ("deposit 50% because you wrote 'half upfront'"); {@code source} tells a value read from the
 * brief from the template's default.
 */
public record Reason(String field, String because, Source source) {

    public enum Source { BRIEF, TEMPLATE_DEFAULT }

    public static Reason fromBrief(String field, String because) {
        return new Reason(field, because, Source.BRIEF);
    }

    public static Reason templateDefault(String field, String because) {
        return new Reason(field, because, Source.TEMPLATE_DEFAULT);
    }
}
