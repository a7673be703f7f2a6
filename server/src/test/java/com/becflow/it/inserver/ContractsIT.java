package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.ContractStateConflict;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.InvalidContract;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.SignerRole;
import com.becflow.contracts.TemplateContent;
import com.becflow.contracts.app.ContractIntegrity;
import com.becflow.contracts.app.ContractPortal;
import com.becflow.contracts.app.ContractPortalView;
import com.becflow.contracts.app.ContractService;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.contracts.app.SaveContract;
import com.becflow.contracts.app.SignContract;
import com.becflow.db.BecflowDataSource;
import com.becflow.integrations.documents.PdfPages;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalLinkToken;
import com.becflow.shared.documents.DocumentVerification;
import com.becflow.shared.documents.Sha256;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts inside the real server: send → view → sign with the evidence checked hash by hash, links that
 * must open nothing, immutability and revisions. Mail goes through the real SMTP server and the tests follow
 * the link in it. Every test makes its own tenants.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

    private static final Pattern LINK = Pattern.compile("/portal/contract/([A-Za-z0-9_-]{43})");
    private static final SignatureContext BROWSER = new SignatureContext("203.0.113.7", "Mozilla/5.0 (IT) Chromium");

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    InServerFixtures fixtures;

    @Inject
    TenantRegistry registry;

    @Inject
    ClientService clients;

    @Inject
    ContractTemplateService templates;

    @Inject
    ContractService contracts;

    @Inject
    ContractPortal portal;

    @Inject
    DocumentVerification verification;

    @Inject
    LocalMailbox mailbox;

    @Inject
    Clock clock;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;



    private ContractTemplate template(TenantContext ctx, String name) {
        return templates.list(ctx).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private Contract draft(TenantContext ctx, Client client, String templateName) {
        return contracts.create(template(ctx, templateName).id(), client.id(), new SaveContract(null, "Brand refresh",
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31), new BigDecimal("4000.00"), null, null, null, null,
                null), ctx);
    }


    @Test
    void sendViewAndSignLeaveEvidenceThatChecksOutHashByHash() throws Exception {
        TenantContext ctx = fixtures.newTenant("Evidence Studio");
        Client client = fixtures.newClient(ctx, "Zoë Client");
        Contract contract = contracts.send(draft(ctx, client, "Design project").id(), ctx);
        String token = fixtures.linkMailedTo(client.email(), LINK, 1);
        assertThat(mailbox.inbox(client.email()).get(0).subject()).contains("Evidence Studio", contract.title());

        ContractPortalView scanned = portal.view(token, false, BROWSER);
        assertThat(scanned.status()).as("reading without recording a view, as a GET does").isEqualTo(ContractStatus.SENT);
        assertThat(scanned.documentSha256()).isEqualTo(Sha256.hex(scanned.html()));
        assertThat(scanned.html()).contains("Zoë Client", "EUR 4,000.00", "Deposit").doesNotContain("{{");

        assertThat(portal.view(token, true, BROWSER).status()).isEqualTo(ContractStatus.VIEWED);
        ContractPortalView signed = portal.sign(token, new SignContract(true, "  Zoë   Client "), BROWSER);
        assertThat(signed.status()).isEqualTo(ContractStatus.SIGNED);

        List<ContractSignature> signatures = contracts.signatures(contract.id(), ctx);
        assertThat(signatures).hasSize(1);
        ContractSignature signature = signatures.get(0);
        assertThat(signature.role()).isEqualTo(SignerRole.CLIENT);
        assertThat(signature.signerName()).isEqualTo("Zoë Client");
        assertThat(signature.identityMethod()).contains(client.email());
        assertThat(signature.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(signature.userAgent()).isEqualTo("Mozilla/5.0 (IT) Chromium");
        assertThat(signature.consentVersion()).isNotBlank();
        assertThat(signature.documentSha256()).isEqualTo(scanned.documentSha256());

        byte[] signedPdf = contracts.file(contract.id(), ContractFileKind.SIGNED_CONTRACT, ctx).pdf();
        byte[] certificate = contracts.file(contract.id(), ContractFileKind.AUDIT_CERTIFICATE, ctx).pdf();
        assertThat(signature.signedPdfSha256()).isEqualTo(Sha256.hex(signedPdf));
        assertThat(verification.verify(signedPdf)).get().extracting(f -> f.kind()).isEqualTo("SIGNED_CONTRACT");
        assertThat(verification.verify(certificate)).get().extracting(f -> f.kind()).isEqualTo("AUDIT_CERTIFICATE");
        assertThat(text(signedPdf)).contains("Zoë Client", "Signed electronically", signature.documentSha256());
        assertThat(text(certificate).replaceAll("\\s+", "")).contains("203.0.113.7", signature.documentSha256(),
                signature.signedPdfSha256());
        Path pages = Path.of(System.getProperty("becflow.it.screenshots", "target/screenshots"));
        PdfPages.toPng(signedPdf, pages, "contract-signed");
        PdfPages.toPng(certificate, pages, "contract-audit-certificate");

        List<ContractEvent> log = contracts.events(contract.id(), ctx);
        assertThat(log).extracting(ContractEvent::type).containsExactly(ContractEventType.CREATED,
                ContractEventType.SENT, ContractEventType.VIEWED, ContractEventType.SIGNED);
        assertThat(log.get(3).detail()).contains(signature.signedPdfSha256());
        assertThat(contracts.integrity(contract.id(), ctx).intact()).isTrue();
    }

    @Test
    void oneFlippedByteInAStoredPdfOrAnEditedLogEntryIsFound() throws Exception {
        TenantContext ctx = fixtures.newTenant("Tamper Studio");
        Client client = fixtures.newClient(ctx, "Tom Client");
        Contract contract = contracts.send(draft(ctx, client, "Writing and content").id(), ctx);
        portal.sign(fixtures.linkMailedTo(client.email(), LINK, 1), new SignContract(true, "Tom Client"), BROWSER);
        byte[] original = contracts.file(contract.id(), ContractFileKind.SIGNED_CONTRACT, ctx).pdf();

        String schema = ctx.tenant().schemaName();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Someone with database access, past the append-only triggers.
            s.execute("ALTER TABLE " + schema + ".contract_file DISABLE TRIGGER contract_file_append_only");
            s.execute("UPDATE " + schema + ".contract_file SET pdf = set_byte(pdf, 200, get_byte(pdf, 200) # 1)"
                    + " WHERE kind = 'SIGNED_CONTRACT'");
            s.execute("ALTER TABLE " + schema + ".contract_file ENABLE TRIGGER contract_file_append_only");
        }
        byte[] tampered = contracts.file(contract.id(), ContractFileKind.SIGNED_CONTRACT, ctx).pdf();
        assertThat(tampered).hasSameSizeAs(original).isNotEqualTo(original);
        assertThat(verification.verify(tampered)).isEmpty();
        assertThat(verification.verify(original)).isPresent();
        ContractIntegrity integrity = contracts.integrity(contract.id(), ctx);
        assertThat(integrity.filesIntact()).containsEntry("SIGNED_CONTRACT", false).containsEntry("AUDIT_CERTIFICATE", true);
        assertThat(integrity.intact()).isFalse();
        assertThat(integrity.firstBrokenEvent()).isEmpty();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + schema + ".contract_event DISABLE TRIGGER contract_event_append_only");
            s.execute("UPDATE " + schema + ".contract_event SET detail = detail || ' ' WHERE seq = 2");
            s.execute("ALTER TABLE " + schema + ".contract_event ENABLE TRIGGER contract_event_append_only");
        }
        assertThat(contracts.integrity(contract.id(), ctx).firstBrokenEvent()).contains(2);
    }

    @Test
    void aSignedContractNeverChanges() throws Exception {
        TenantContext ctx = fixtures.newTenant("Immutable Studio");
        Client client = fixtures.newClient(ctx, "Ida Client");
        Contract contract = contracts.send(draft(ctx, client, "Photography shoot").id(), ctx);
        String token = fixtures.linkMailedTo(client.email(), LINK, 1);
        portal.sign(token, new SignContract(true, "Ida Client"), BROWSER);
        SaveContract change = new SaveContract("Changed", "Changed", LocalDate.of(2027, 2, 1), null,
                new BigDecimal("1.00"), "EUR", "Changed {{client.name}}", ContractTerms.netDays(7), false, 30);

        assertThatThrownBy(() -> contracts.update(contract.id(), change, ctx)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contracts.voidContract(contract.id(), ctx)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> portal.sign(token, new SignContract(true, "Ida Again"), BROWSER))
                .isInstanceOf(ContractStateConflict.class);
        Contract unchanged = contracts.get(contract.id(), ctx);
        assertThat(unchanged.title()).isEqualTo(contract.title());
        assertThat(contracts.signatures(contract.id(), ctx)).hasSize(1);
    }

    @Test
    void editingASentContractKillsItsLinkKeepsTheOldDocumentAndStartsTheNextRevision() throws Exception {
        TenantContext ctx = fixtures.newTenant("Revision Studio");
        Client client = fixtures.newClient(ctx, "Rev Client");
        Contract contract = contracts.send(draft(ctx, client, "Design project").id(), ctx);
        String first = fixtures.linkMailedTo(client.email(), LINK, 1);
        String firstHash = portal.view(first, true, BROWSER).documentSha256();
        Contract sent = contracts.get(contract.id(), ctx);
        SaveContract edit = new SaveContract(sent.title(), sent.projectName(), sent.startDate(), sent.endDate(),
                new BigDecimal("4500.00"), "EUR", sent.body(), sent.terms(), false, 30);

        Contract revised = contracts.update(contract.id(), edit, ctx);

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.statusAt(clock.instant())).isEqualTo(ContractStatus.DRAFT);
        assertThatThrownBy(() -> portal.view(first, false, BROWSER)).isInstanceOf(PortalLinkNotFound.class);
        assertThatThrownBy(() -> portal.sign(first, new SignContract(true, "Rev Client"), BROWSER))
                .isInstanceOf(PortalLinkNotFound.class);
        contracts.send(contract.id(), ctx);
        String second = fixtures.linkMailedTo(client.email(), LINK, 2);
        ContractPortalView v2 = portal.view(second, true, BROWSER);
        assertThat(v2.html()).contains("EUR 4,500.00");
        assertThat(v2.documentSha256()).isNotEqualTo(firstHash);
        assertThat(contracts.events(contract.id(), ctx)).extracting(ContractEvent::type).contains(ContractEventType.REVISED);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + ctx.tenant().schemaName()
                     + ".contract_document WHERE contract_id = ?")) {
            s.setObject(1, contract.id().value());
            var rs = s.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).as("both revisions' documents are kept").isEqualTo(2);
        }
    }

    @Test
    void expiredVoidedUnknownAndMalformedLinksOpenNothingAndAnExpiredOneCanBeRenewed() throws Exception {
        TenantContext ctx = fixtures.newTenant("Links Studio");
        Client client = fixtures.newClient(ctx, "Link Client");
        Contract contract = contracts.send(draft(ctx, client, "Design project").id(), ctx);
        String token = fixtures.linkMailedTo(client.email(), LINK, 1);
        expire(token);

        assertThatThrownBy(() -> portal.view(token, false, BROWSER)).isInstanceOfSatisfying(PortalLinkNotFound.class,
                e -> assertThat(e.renewable()).isTrue());
        portal.renew(token);
        String fresh = fixtures.linkMailedTo(client.email(), LINK, 2);
        assertThat(fresh).isNotEqualTo(token);
        assertThat(portal.view(fresh, false, BROWSER).contract().id()).isEqualTo(contract.id());
        assertThatThrownBy(() -> portal.renew(token)).as("an old link renews once").isInstanceOf(PortalLinkNotFound.class);

        contracts.voidContract(contract.id(), ctx);
        assertThatThrownBy(() -> portal.view(fresh, false, BROWSER)).isInstanceOfSatisfying(PortalLinkNotFound.class,
                e -> assertThat(e.renewable()).isFalse());
        assertThatThrownBy(() -> portal.view(PortalLinkToken.newToken(), false, BROWSER)).isInstanceOf(PortalLinkNotFound.class);
        assertThatThrownBy(() -> portal.view("../../etc/passwd", false, BROWSER)).isInstanceOf(PortalLinkNotFound.class);
        assertThatThrownBy(() -> portal.view(null, false, BROWSER)).isInstanceOf(PortalLinkNotFound.class);
    }

    @Test
    void aLinkOfOneTenantsClientNeverReachesAnotherTenantsData() throws Exception {
        TenantContext a = fixtures.newTenant("Tenant A Studio");
        TenantContext b = fixtures.newTenant("Tenant B Studio");
        Client clientOfA = fixtures.newClient(a, "Client Of A");
        Client clientOfB = fixtures.newClient(b, "Client Of B");
        Contract ofA = contracts.send(draft(a, clientOfA, "Design project").id(), a);
        Contract ofB = contracts.send(draft(b, clientOfB, "Design project").id(), b);
        String linkOfA = fixtures.linkMailedTo(clientOfA.email(), LINK, 1);

        ContractPortalView seen = portal.view(linkOfA, true, BROWSER);
        assertThat(seen.contract().id()).isEqualTo(ofA.id());
        assertThat(seen.freelancerName()).isEqualTo("Tenant A Studio");
        assertThat(seen.html()).contains("Client Of A").doesNotContain("Client Of B", "Tenant B Studio");
        assertThatThrownBy(() -> contracts.get(ofA.id(), b)).isInstanceOf(ContractNotFound.class);
        assertThat(contracts.get(ofB.id(), b).statusAt(clock.instant())).as("B's contract untouched").isEqualTo(ContractStatus.SENT);

        registry.suspend(a.tenant());
        assertThatThrownBy(() -> portal.view(linkOfA, false, BROWSER)).isInstanceOf(PortalLinkNotFound.class);
    }

    @Test
    void aSignatureWithoutConsentOrNameIsRefusedAndNothingIsStored() throws Exception {
        TenantContext ctx = fixtures.newTenant("Consent Studio");
        Client client = fixtures.newClient(ctx, "Cons Client");
        Contract contract = contracts.send(draft(ctx, client, "Design project").id(), ctx);
        String token = fixtures.linkMailedTo(client.email(), LINK, 1);
        int events = contracts.events(contract.id(), ctx).size();

        assertThatThrownBy(() -> portal.sign(token, new SignContract(false, "Cons Client"), BROWSER))
                .isInstanceOfSatisfying(InvalidContract.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("consent"));
        assertThatThrownBy(() -> portal.sign(token, new SignContract(true, "   "), BROWSER))
                .isInstanceOfSatisfying(InvalidContract.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("fullName"));
        assertThatThrownBy(() -> portal.sign(token, new SignContract(null, null), BROWSER))
                .isInstanceOfSatisfying(InvalidContract.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("consent", "fullName"));

        assertThat(contracts.get(contract.id(), ctx).statusAt(clock.instant())).isEqualTo(ContractStatus.SENT);
        assertThat(contracts.signatures(contract.id(), ctx)).isEmpty();
        assertThat(contracts.events(contract.id(), ctx)).hasSize(events);
        assertThatThrownBy(() -> contracts.file(contract.id(), ContractFileKind.SIGNED_CONTRACT, ctx))
                .isInstanceOf(ContractNotFound.class);
    }

    @Test
    void badTemplatesAndContractsAreRefusedNamingTheFieldAndNothingIsStored() {
        TenantContext ctx = fixtures.newTenant("Bad Input Studio");
        int before = templates.list(ctx).size();
        ContractTerms terms = ContractTerms.netDays(14);

        assertThatThrownBy(() -> templates.create(new TemplateContent("T", "X", "Dear {{client.nmae}}", terms, false), ctx))
                .isInstanceOfSatisfying(InvalidContract.class,
                        e -> assertThat(e.fieldErrors().get("body")).contains("{{client.nmae}}"));
        assertThatThrownBy(() -> templates.create(new TemplateContent("T", "X", "Hi", ContractTerms.netDays(-3), false), ctx))
                .isInstanceOfSatisfying(InvalidContract.class,
                        e -> assertThat(e.fieldErrors()).containsKey("terms.payment.netDays"));
        assertThatThrownBy(() -> templates.create(new TemplateContent("T", "X", "Hi",
                terms.withDeposit(new ContractTerms.Deposit(new BigDecimal("250"), null)), false), ctx))
                .isInstanceOfSatisfying(InvalidContract.class,
                        e -> assertThat(e.fieldErrors()).containsKey("terms.deposit.percent"));
        assertThat(templates.list(ctx)).hasSize(before);

        Client client = fixtures.newClient(ctx, "Bad Client");
        assertThatThrownBy(() -> contracts.create(template(ctx, "Design project").id(), client.id(),
                new SaveContract(null, "P", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("-5"),
                        "ZZZ", null, null, null, null), ctx))
                .isInstanceOfSatisfying(InvalidContract.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("currency", "endDate"));
        assertThat(contracts.count(null, ctx)).isZero();
    }

    @Test
    void aContractThatNeedsACountersignatureIsCompleteOnlyWhenTheFreelancerSignsToo() throws Exception {
        TenantContext ctx = fixtures.newTenant("Counter Studio");
        Client client = fixtures.newClient(ctx, "Counter Client");
        Contract contract = contracts.send(draft(ctx, client, "Consulting engagement").id(), ctx);
        assertThat(contract.countersignRequired()).isTrue();
        portal.sign(fixtures.linkMailedTo(client.email(), LINK, 1), new SignContract(true, "Counter Client"), BROWSER);
        assertThat(contracts.get(contract.id(), ctx).fullyExecuted()).isFalse();
        String clientOnlyPdf = contracts.file(contract.id(), ContractFileKind.SIGNED_CONTRACT, ctx).sha256();

        assertThatThrownBy(() -> contracts.countersign(contract.id(), new SignContract(false, "Fran Freelancer"),
                BROWSER, ctx)).isInstanceOf(InvalidContract.class);
        Contract countersigned = contracts.countersign(contract.id(), new SignContract(true, "Fran Freelancer"),
                new SignatureContext("198.51.100.4", "Workspace"), ctx);

        assertThat(countersigned.statusAt(clock.instant())).isEqualTo(ContractStatus.COUNTERSIGNED);
        assertThat(countersigned.fullyExecuted()).isTrue();
        byte[] finalPdf = contracts.file(contract.id(), ContractFileKind.SIGNED_CONTRACT, ctx).pdf();
        assertThat(Sha256.hex(finalPdf)).isNotEqualTo(clientOnlyPdf);
        assertThat(text(finalPdf)).contains("Counter Client", "Fran Freelancer");
        assertThat(contracts.signatures(contract.id(), ctx)).extracting(ContractSignature::role)
                .containsExactly(SignerRole.CLIENT, SignerRole.FREELANCER);
        assertThat(contracts.integrity(contract.id(), ctx).intact()).isTrue();
        assertThatThrownBy(() -> contracts.countersign(contract.id(), new SignContract(true, "Again"), BROWSER, ctx))
                .isInstanceOf(ContractStateConflict.class);
    }

    private void expire(String token) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE public.portal_link SET created_at = now() - interval '31 days',"
                     + " expires_at = now() - interval '1 second' WHERE token_hash = ?")) {
            s.setString(1, PortalLinkToken.hash(token));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
