package com.becflow.portal.api;

import com.becflow.contracts.app.SignContract;

public class SignatureJson {

    public Boolean consent;
    public String fullName;

    SignContract toCommand() {
        return new SignContract(consent, fullName);
    }
}
