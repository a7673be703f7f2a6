package com.becflow.accounting.app;

import com.becflow.accounting.BooksVendor;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** A request about books that cannot be met now, each reason with its own code. */
public class BooksNotConnected extends DomainException {

    public enum Reason {
        VENDOR_NOT_CONFIGURED("books.vendor-not-configured", "this server has no app credentials for it"),
        NOT_CONNECTED("books.not-connected", "the workspace has not connected it, or its access was revoked"),
        CONSENT_EXPIRED("books.consent-expired", "the consent took too long or did not come from this server; start again"),
        CONSENT_REFUSED("books.consent-refused", "the consent was refused or the vendor did not confirm it"),
        UNAVAILABLE("books.unavailable", "the books could not be read just now (busy, down or refusing); try again");

        private final String key;
        private final String why;

        Reason(String key, String why) {
            this.key = key;
            this.why = why;
        }
    }

    public BooksNotConnected(BooksVendor vendor, Reason reason) {
        super(reason == Reason.CONSENT_EXPIRED || reason == Reason.CONSENT_REFUSED
                ? ErrorCode.badRequest(reason.key) : ErrorCode.conflict(reason.key),
                vendor.label() + ": " + reason.why);
    }
}
