package com.becflow.integrations.xero;

import javax.ws.rs.core.Application;
import javax.ws.rs.core.Link;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.Variant;
import javax.ws.rs.ext.RuntimeDelegate;

/** Hands xero-java a {@link XeroUriBuilder}, the one JAX-RS 2 runtime service it uses. */
final class XeroRuntimeDelegate extends RuntimeDelegate {

    private static boolean installed;

    /**
     * Installs this delegate, without asking for the current one first: that lookup would find Payara's Jersey 3
     * runtime under Jersey 2's class name and fail on it.
     */
    static synchronized void install() {
        if (!installed) {
            RuntimeDelegate.setInstance(new XeroRuntimeDelegate());
            installed = true;
        }
    }

    @Override
    public UriBuilder createUriBuilder() {
        return new XeroUriBuilder();
    }

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
        throw new UnsupportedOperationException("xero-java builds no responses");
    }

    @Override
    public Variant.VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException("xero-java builds no variants");
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException("xero-java publishes no endpoints");
    }

    @Override
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        throw new UnsupportedOperationException("xero-java parses no headers through JAX-RS");
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException("xero-java builds no links");
    }
}
