package com.becflow.api.contracts;

import com.becflow.contracts.app.SignContract;

/** A signature: consent to sign electronically and the signer's full name, typed. */
public class SignatureInputJson {

    public Boolean consent;
    public String fullName;

    SignContract toCommand() {
        return new SignContract(consent, fullName);
    }
}
