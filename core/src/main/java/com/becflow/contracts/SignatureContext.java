package com.becflow.contracts;

/** Where a signature came from, as the server saw the request. */
public record SignatureContext(String ipAddress, String userAgent) {

    public SignatureContext {
        ipAddress = ipAddress == null || ipAddress.isBlank() ? "unknown" : ipAddress;
        userAgent = userAgent == null || userAgent.isBlank() ? "unknown"
                : userAgent.length() > 1000 ? userAgent.substring(0, 1000) : userAgent;
    }
}
