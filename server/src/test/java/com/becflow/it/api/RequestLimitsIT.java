package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.RunningServer;
import com.becflow.shared.documents.ImageLimits;
import com.becflow.shared.documents.TestImages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sizes (issue 12): no request body and no picture can make the server hold more than a bounded amount. The
 * server's cap on every body is 10 MiB ({@code BECFLOW_MAX_REQUEST_BYTES}); a logo may claim at most
 * 5000 x 5000 pixels and is kept at most 1200 pixels on its long side.
 */
class RequestLimitsIT {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;
    /**
     * What the old generation may grow by while the server refuses 200 MB: half the body, and far below what reading
     * it whole takes (the body itself, plus the copies of a growing buffer).
     */
    private static final long HEAP_BOUND = 100L * 1024 * 1024;

    @Test
    void aChunkedBodyOf200MbIsRefusedWith413AndTheServersHeapDoesNotGrowWithIt() throws Exception {
        try (ServerHeap heap = ServerHeap.of(RunningServer.pid())) {
            long before = heap.oldUsed();
            heap.resetPeaks();

            // The portal's PDF check takes anyone's body, unauthenticated; it used to read it whole into memory.
            RawHttp.Streamed streamed = RawHttp.streamChunked(RunningServer.port(), "/portal/api/verifications",
                    "application/pdf", TWO_HUNDRED_MB);

            long peak = heap.oldPeak();
            System.out.printf("200 MB chunked body: answered %d after %d bytes sent; old generation %s %d -> peak %d bytes%n",
                    streamed.reply().status(), streamed.bytesSent(), heap.describe(), before, peak);
            assertThat(streamed.reply().status()).as(streamed.reply().body()).isEqualTo(413);
            assertTooLarge(streamed.reply());
            assertThat(streamed.bytesSent()).as("the server stops reading at the cap, long before 200 MB")
                    .isLessThan(TWO_HUNDRED_MB / 2);
            assertThat(peak - before).as("old generation %s grew from %d to a peak of %d bytes", heap.describe(),
                    before, peak).isLessThan(HEAP_BOUND);
        }
    }

    @Test
    void everyPathThatReadsABodyCountsItsBytes() throws Exception {
        // A JAX-RS resource of each application, unauthenticated. (Stripe's webhook servlet stops at 512 KiB of its
        // own, with webhook.too-large.)
        for (String path : new String[] {"/portal/api/contracts/no-such-link/signature", "/api/v1/signups"}) {
            RawHttp.Streamed streamed = RawHttp.streamChunked(RunningServer.port(), path, "application/json",
                    "{\"fullName\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII), (byte) 'a', 3 * LIMIT);
            assertThat(streamed.reply().status()).as(path + ": " + streamed.reply().body()).isEqualTo(413);
            assertTooLarge(streamed.reply());
        }
    }

    @Test
    void aFormMustDeclareItsLengthForTheContainerParsesItPastAnyCount() throws Exception {
        RawHttp.Streamed streamed = RawHttp.streamChunked(RunningServer.port(), "/", "application/x-www-form-urlencoded",
                "a=".getBytes(java.nio.charset.StandardCharsets.US_ASCII), (byte) 'b', 3 * LIMIT);
        assertTooLarge(streamed.reply());
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeAByteIsRead() throws Exception {
        RawHttp.Reply reply = RawHttp.send("127.0.0.1", RunningServer.port(), "POST", "/portal/api/verifications",
                Map.of("Content-Type", "application/pdf", "Content-Length", String.valueOf(TWO_HUNDRED_MB)), null);
        assertTooLarge(reply);
        assertThat(reply.header("Content-Security-Policy")).as("a refusal is a response like any other").isNotNull();
    }

    @Test
    void aBodyUnderTheCapStillWorks() throws Exception {
        RawHttp.Reply reply = RawHttp.send("127.0.0.1", RunningServer.port(), "POST", "/portal/api/verifications",
                Map.of("Content-Type", "application/pdf"), new byte[(int) LIMIT - 1]);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("\"authentic\":false");
    }

    @Test
    void aDecompressionBombLogoIsRefusedOnItsFieldAndAnAcceptedLogoIsKeptSmall() {
        String token = Api.token(Api.signUp("Logo Bomb Studio"));
        JsonObject settings = Api.get("/invoice-settings", token).json();

        byte[] bomb = TestImages.pngBomb(30_000, 30_000);
        Api.Reply refused = Api.put("/invoice-settings", token, withLogo(settings, bomb, "image/png"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"logo\"",
                "\"message\":\"At most 5000 x 5000 pixels (this one is 30000 x 30000)\"");
        assertThat(Api.get("/invoice-settings", token).json().get("logoBase64")).isIn(null, jakarta.json.JsonValue.NULL);

        Api.Reply accepted = Api.put("/invoice-settings", token,
                withLogo(settings, TestImages.picture(3000, 1500, "jpg"), "image/jpeg"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonObject kept = Api.get("/invoice-settings", token).json();
        assertThat(kept.getString("logoType")).isEqualTo("image/png");
        assertThat(ImageLimits.dimensions(Base64.getDecoder().decode(kept.getString("logoBase64")), "image/png"))
                .contains(new ImageLimits.Dimensions(1200, 600));
    }

    private static String withLogo(JsonObject settings, byte[] logo, String type) {
        return Json.createObjectBuilder(settings).add("logoBase64", Base64.getEncoder().encodeToString(logo))
                .add("logoType", type).build().toString();
    }

    private static void assertTooLarge(RawHttp.Reply reply) {
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
        JsonObject problem = Json.createReader(new StringReader(reply.body())).readObject();
        assertThat(problem.getString("code")).isEqualTo("request.too-large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getJsonNumber("limit").longValue()).isEqualTo(LIMIT);
        assertThat(problem.getString("detail")).isEqualTo("A request body may hold at most 10485760 bytes (10 MiB).");
    }
}
