package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.AddressProofs;
import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A freelancer who has not proven their address yet can work, but Becflow mails none of their clients until they do:
 * the mail waits in the outbox and goes out, once, as soon as a token says the address is proven.
 */
class AddressProofApiIT {

    @Test
    void mailToAClientWaitsUntilTheOwnerProvesTheirAddressThenGoesOutOnce() throws InterruptedException {
        Api.Freelancer owner = Api.signUpUnverified("Waiting Mail Studio");
        String token = Api.token(owner);
        JsonObject me = Api.get("/me", token).json();
        assertThat(me.getBoolean("ownerEmailVerified")).isFalse();
        assertThat(Instant.parse(me.getString("removedAt"))).isAfter(Instant.now().plus(Duration.ofDays(2)));

        String clientEmail = "waiting-" + UUID.randomUUID() + "@client.test";
        String clientId = Api.post("/clients", token, Api.clientJson("Wendy Waiting", clientEmail)).json().getString("id");
        String draft = Api.post("/invoices", token, "{\"clientId\":\"" + clientId + "\",\"lines\":[{\"description\":"
                + "\"Design\",\"quantity\":1,\"unitPrice\":100}]}").json().getString("id");
        Api.Reply issued = Api.post("/invoices/" + draft + "/issue", token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        // Several outbox rounds (one a second) pass: the mail stays queued and the client gets nothing.
        Thread.sleep(4000);
        assertThat(mailStates(draft, token)).containsExactly("QUEUED");
        assertThat(inbox(clientEmail)).isEmpty();

        AddressProofs.prove(owner.email());
        String proven = Api.token(owner);
        assertThat(Api.get("/me", proven).json().getBoolean("ownerEmailVerified")).isTrue();

        assertThat(MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE)).contains("/portal/invoice/");
        Thread.sleep(2000);
        assertThat(inbox(clientEmail)).hasSize(1);
        assertThat(mailStates(draft, proven)).containsExactly("SENT");
        JsonObject after = Api.get("/me", proven).json();
        assertThat(after.containsKey("removedAt") && !after.isNull("removedAt")).as(after.toString()).isFalse();
    }

    private static List<String> mailStates(String invoice, String token) {
        return Api.get("/invoices/" + invoice + "/mails", token).array().stream()
                .map(m -> m.asJsonObject().getString("state")).toList();
    }

    private static List<LocalMailbox.ReceivedMail> inbox(String address) {
        try {
            return LocalMailbox.read("127.0.0.1", Integer.parseInt(RunningServer.settings().get("BECFLOW_LOCAL_IMAP_PORT")),
                    address);
        } catch (IllegalStateException noMailboxYet) {
            return List.of();
        }
    }
}
