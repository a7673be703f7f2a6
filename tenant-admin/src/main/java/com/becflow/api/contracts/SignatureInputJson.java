package com.becflow.api.contracts;

import com.becflow.contracts.app.SignContract;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signature: consent to sign electronically and the signer's full name, typed. */
@Schema(name = "CountersignatureInput")
public class SignatureInputJson {

    public Boolean consent;
    public String fullName;

    SignContract toCommand() {
        return new SignContract(consent, fullName);
    }
}
