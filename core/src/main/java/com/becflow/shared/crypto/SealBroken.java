package com.becflow.shared.crypto;

/** A sealed value did not open: it was altered, belongs to another context, or was sealed under another key. */
public class SealBroken extends RuntimeException {

    public SealBroken(String why) {
        super("Sealed value refused: " + why);
    }
}
