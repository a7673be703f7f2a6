package com.becflow.contracts;

/** The consent a signer ticks before signing; its version is kept with every signature. */
public record ConsentText(String version, String text) {

    public static final ConsentText CURRENT = new ConsentText("esign-consent-2026-11",
            "I agree to sign this contract electronically. I understand that typing my full name and pressing Sign "
                    + "is my legal signature, as binding as signing on paper, and that I can download a copy of the "
                    + "signed contract.");
}
