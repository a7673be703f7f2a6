package com.becflow.integrations.xero;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Xero's published accounting API document (test resources, MIT), as a judge of what the adapter sends. */
final class XeroSpecification {

    private static OpenApiInteractionValidator accounting;

    private XeroSpecification() {
    }

    /** Fails with every broken rule of every accounting request among {@code calls}; returns how many were checked. */
    static int assertAccountingRequestsConform(List<FakeXero.Call> calls) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (FakeXero.Call call : calls) {
            if (!call.path().startsWith("/api.xro/2.0/")) {
                continue;
            }
            checked++;
            ValidationReport report = validator().validateRequest(request(call));
            report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> problems.add(call.method() + " " + call.path() + ": " + m.getMessage()));
        }
        assertThat(problems).as("requests that break Xero's OpenAPI document").isEmpty();
        return checked;
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (accounting == null) {
            String spec = Objects.requireNonNull(XeroSpecification.class.getResource("/vendor/xero/xero_accounting.yaml"),
                    "Xero's accounting API document is missing from the test resources").toString();
            accounting = OpenApiInteractionValidator.createForSpecificationUrl(spec)
                    .withBasePathOverride("/api.xro/2.0").build();
        }
        return accounting;
    }

    private static Request request(FakeXero.Call call) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(call.method(), call.path());
        call.headers().forEach(builder::withHeader);
        if (call.body() != null && !call.body().isEmpty()) {
            builder.withBody(call.body());
        }
        if (!call.query().isEmpty()) {
            for (String pair : call.query().split("&")) {
                int eq = pair.indexOf('=');
                builder.withQueryParam(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return builder.build();
    }
}
