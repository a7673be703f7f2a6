package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.packages.PackageDealNotFound;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.shared.tenant.TenantContext;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading an invoice's package for its portal link: a package that cannot be read is left out, not an error. */
class InvoicePackageTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");

    private final Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, ClientId.newId(), null, null,
            new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(InvoiceLine.of("Logo", "1", "100"))),
                    null, null, 14, false, null), NOW);

    private final InvoiceLinks link = new InvoiceLinks(null, null) {
        @Override
        public Opened open(String token) {
            return new Opened(null, null, invoice);
        }
    };

    @Test
    void thePackageIsAskedForByTheLinksOwnInvoice() {
        InvoiceId[] asked = new InvoiceId[1];
        PackageSelling none = new PackageSelling() {
            @Override
            public Optional<PackageProgress> progressOf(InvoiceId id, TenantContext ctx) {
                asked[0] = id;
                return Optional.empty();
            }
        };

        assertThat(InvoicePackage.of("token", link, none)).isEmpty();
        assertThat(asked[0]).isEqualTo(invoice.id());
    }

    @Test
    void aPackageThatCannotBeReadIsLeftOut() {
        PackageSelling failing = new PackageSelling() {
            @Override
            public Optional<PackageProgress> progressOf(InvoiceId id, TenantContext ctx) {
                throw new PackageDealNotFound(id);
            }
        };
        PackageSelling broken = new PackageSelling() {
            @Override
            public Optional<PackageProgress> progressOf(InvoiceId id, TenantContext ctx) {
                throw new IllegalStateException("database gone");
            }
        };

        assertThat(InvoicePackage.of("token", link, failing)).isEmpty();
        assertThat(InvoicePackage.of("token", link, broken)).isEmpty();
    }

    @Test
    void aLinkThatOpensNothingHasNoPackage() {
        InvoiceLinks dead = new InvoiceLinks(null, null) {
            @Override
            public Opened open(String token) {
                throw PortalLinkNotFound.unknown();
            }
        };

        assertThat(InvoicePackage.of("token", dead, new PackageSelling() { })).isEmpty();
    }
}
