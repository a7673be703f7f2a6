package com.becflow.assistant;

/**
 * How a draft was made. {@code model} is null for the offline assistant; {@code note} says why a model's draft
 * was replaced by the offline one (e.g. "the model's answer broke a rule twice"), else null.
 */
public record DraftProvenance(Kind kind, String model, String note) {

    public enum Kind { OFFLINE, MODEL }

    public static DraftProvenance offline() {
        return new DraftProvenance(Kind.OFFLINE, null, null);
    }

    public static DraftProvenance model(String name) {
        return new DraftProvenance(Kind.MODEL, name, null);
    }

    /** As the contract's history records it: {@code offline} or {@code model NAME}. */
    public String label() {
        return kind == Kind.OFFLINE ? "offline" : "model " + model;
    }

    public DraftProvenance withNote(String why) {
        return new DraftProvenance(kind, model, why);
    }
}
