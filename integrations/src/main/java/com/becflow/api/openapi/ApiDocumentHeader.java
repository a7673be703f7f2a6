package com.becflow.api.openapi;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the API document at {@code /openapi} says about itself: its OpenAPI version, title, version and server.
 * Payara serves one document for the whole server, merging the documents of both applications in an order of its
 * own, each one's header overriding the last. So the workspace's document ({@code ApiDocument}) starts from this
 * header, and the portal, which describes none of its endpoints there, contributes exactly this header too (its
 * {@code mp.openapi.model.reader}): the merge is then the workspace API's document whatever the order.
 */
public class ApiDocumentHeader implements OASModelReader {

    public static final String OPENAPI_VERSION = "3.0.3";
    public static final String TITLE = "Becflow API";
    /** The document's version: the major is the path's ({@code /api/v1}); the minor grows with additions. */
    public static final String VERSION = "1.0.0";
    /** Relative to the document's own address, so the same document is true on every server. */
    public static final String SERVER = "/api/v1";

    @Override
    public OpenAPI buildModel() {
        return header();
    }

    public static OpenAPI header() {
        return OASFactory.createOpenAPI()
                .openapi(OPENAPI_VERSION)
                .info(OASFactory.createInfo()
                        .title(TITLE)
                        .version(VERSION)
                        .description("""
                                A freelancer's clients, contracts and invoices. Every call acts for the workspace (tenant) \
                                named by the bearer token's `tenant_id` claim; there is no other way to choose one.

                                Ids are UUIDs, times are ISO-8601 instants in UTC, dates are ISO-8601 days, and money is \
                                an object of a decimal string `amount` and an ISO 4217 `currency`, never a binary float. \
                                Fields without a value are left out of responses; fields a request body does not \
                                know are refused. Every error is `application/problem+json` with a stable `code`.""")
                        .license(OASFactory.createLicense().name("Proprietary")))
                .servers(new ArrayList<>(java.util.List.of(OASFactory.createServer().url(SERVER)
                        .description("This server's API (relative to the document's address)"))))
                .paths(OASFactory.createPaths());
    }
}
