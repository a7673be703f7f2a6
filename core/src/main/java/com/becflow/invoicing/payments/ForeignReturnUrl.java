package com.becflow.invoicing.payments;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/**
 * The address Stripe's onboarding should send the freelancer back to is not one of this Becflow's own pages: an
 * onboarding link must not become a way to send people, under Stripe's name, anywhere else.
 */
public class ForeignReturnUrl extends DomainException {

    public ForeignReturnUrl(String publicUrl) {
        super(ErrorCode.badRequest("payment-account.return-url.not-ours"), "The return address must be a page of this"
                + " Becflow", Map.of("returnUrl", "Use an address of this Becflow, starting with " + publicUrl + "/"));
    }
}
