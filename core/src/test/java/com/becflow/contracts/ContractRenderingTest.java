package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ContractRenderingTest {

    @Test
    void theAuditCertificateIsWellFormedXhtmlWithEveryEventAndHash() throws Exception {
        ContractId id = ContractId.newId();
        Instant at = Instant.parse("2027-01-04T09:00:00Z");
        ContractEvent created = ContractEvent.after(null, id, ContractEventType.CREATED, at, "freelancer", "From <template> & co");
        ContractEvent sent = ContractEvent.after(created, id, ContractEventType.SENT, at.plusSeconds(60), "freelancer", "Sent");
        Parties parties = new Parties("Studio \"A\"", "a@studio.test", "Zoë", null, "z@client.test", null);
        String xhtml = ContractRendering.certificate(new ContractRendering.CertificateFacts(id, "Logo", 1, parties,
                "a".repeat(64), "b".repeat(64), List.of(), List.of(created, sent), at.plusSeconds(120)));

        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xhtml).contains(created.hash(), sent.hash(), "From &lt;template&gt; &amp; co", "Zoë");
    }
}
