package com.becflow.accounting;

import java.util.Optional;

/** The vendors this server can talk to, as configured by the operator. */
public interface BooksGateways {

    /** Empty when the operator has not configured this vendor's app credentials. */
    Optional<BooksGateway> of(BooksVendor vendor);
}
