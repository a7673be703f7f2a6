package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.it.client.ApiClient;
import com.becflow.it.client.ApiException;
import com.becflow.it.client.ApiResponse;
import com.becflow.it.client.api.ClientsApi;
import com.becflow.it.client.api.InvoicesApi;
import com.becflow.it.client.api.SignUpApi;
import com.becflow.it.client.api.WorkspaceApi;
import com.becflow.it.client.model.Client;
import com.becflow.it.client.model.ClientInput;
import com.becflow.it.client.model.Invoice;
import com.becflow.it.client.model.InvoiceInput;
import com.becflow.it.client.model.InvoiceLine;
import com.becflow.it.client.model.Problem;
import com.becflow.it.client.model.SignUp;
import com.becflow.it.client.model.Workspace;
import com.becflow.shared.documents.Sha256;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the API document (at build time, from the checked-in copy that
 * {@code OpenApiDocumentIT} holds to be what the server serves) does a freelancer's round against the running
 * server: sign up, add a client, draft an invoice, issue it and download its PDF; and reads an error as the
 * document's Problem.
 */
class GeneratedClientIT {

    @Test
    void aGeneratedClientDraftsIssuesAndDownloadsAnInvoice() throws Exception {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(Api.base());
        String email = "generated-" + UUID.randomUUID() + "@it.becflow.test";
        Workspace workspace = new SignUpApi(anonymous).signUp(new SignUp().businessName("Generated Studio")
                .firstName("Gen").lastName("Client").email(email).password("correct horse battery")
                .timeZone("Europe/Berlin").homeCurrency("EUR"));
        assertThat(workspace.getStatus()).isEqualTo(Workspace.StatusEnum.TRIAL);

        String token = Api.token(email, "correct horse battery");
        ApiClient api = new ApiClient();
        api.updateBaseUri(Api.base());
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        assertThat(new WorkspaceApi(api).getWorkspace().getTenantId()).isEqualTo(workspace.getId());

        Client client = new ClientsApi(api).createClient(new ClientInput().name("Pat Payer")
                .email("payer-" + UUID.randomUUID() + "@client.test"));
        assertThat(client.getCurrency()).isEqualTo("EUR");

        InvoicesApi invoices = new InvoicesApi(api);
        Invoice draft = invoices.createInvoice(new InvoiceInput().clientId(client.getId())
                .addLinesItem(new InvoiceLine().description("Design work").quantity(new BigDecimal("2"))
                        .unitPrice(new BigDecimal("450.00")).taxRate(new BigDecimal("19")).taxName("VAT")));
        assertThat(draft.getStatus()).isEqualTo(Invoice.StatusEnum.DRAFT);
        assertThat(draft.getLines().get(0).getNet()).isEqualTo("900.00");

        Invoice issued = invoices.issueInvoice(draft.getId());
        assertThat(issued.getStatus()).isEqualTo(Invoice.StatusEnum.ISSUED);
        assertThat(issued.getNumber()).isNotBlank();
        assertThat(issued.getIssueDate()).isNotNull();
        assertThat(issued.getTotals().getTotal().getAmount()).isEqualTo("1071.00");
        assertThat(issued.getTotals().getTotal().getCurrency()).isEqualTo("EUR");
        assertThat(issued.getLedger().getBalance().getAmount()).isEqualTo("1071.00");

        ApiResponse<File> pdf = invoices.getInvoicePdfWithHttpInfo(issued.getId());
        byte[] bytes = Files.readAllBytes(pdf.getData().toPath());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getHeaders().get("x-content-sha256")).containsExactly(Sha256.hex(bytes));
        Files.deleteIfExists(pdf.getData().toPath());
    }

    @Test
    void anErrorReadsAsTheDocumentsProblem() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Generated Errors Studio");
        ApiClient api = new ApiClient();
        api.updateBaseUri(Api.base());
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tenant.token));

        ApiException notFound = catchThrowableOfType(ApiException.class,
                () -> new InvoicesApi(api).getInvoice(UUID.randomUUID()));
        assertThat(notFound.getCode()).isEqualTo(404);
        Problem problem = api.getObjectMapper().readValue(notFound.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getCode()).isEqualTo("invoice.not-found");

        ApiException invalid = catchThrowableOfType(ApiException.class, () -> new InvoicesApi(api)
                .createInvoice(new InvoiceInput().clientId(UUID.fromString(tenant.clientId))));
        assertThat(invalid.getCode()).isEqualTo(400);
        Problem fields = api.getObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
        assertThat(fields.getCode()).isEqualTo("invoice.invalid");
        assertThat(fields.getErrors()).extracting(e -> e.getField()).contains("lines");
    }
}
