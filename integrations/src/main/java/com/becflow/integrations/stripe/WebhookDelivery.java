package com.becflow.integrations.stripe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs events as Stripe does and posts them to the webhook endpoint a test names.
 *
 * <p>Automatic delivery runs on one background thread, in the order events happened, like Stripe's own
 * asynchronous delivery: the request that caused an event has been answered (or the page redirected) before
 * the endpoint hears of it, and an endpoint that calls back into the fake cannot deadlock it. Each delivery
 * is signed when it is sent and recorded with the endpoint's HTTP status.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String secret;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fake-stripe-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final List<FakeStripe.Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile URI endpoint;

    WebhookDelivery(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }

    void deliverTo(URI endpoint) {
        this.endpoint = endpoint;
    }

    int endpoints() {
        return endpoint == null ? 0 : 1;
    }

    void published(FakeStripeEvent event) {
        URI target = endpoint;
        if (target == null) {
            return;
        }
        pending.incrementAndGet();
        sender.execute(() -> {
            try {
                post(target, event);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    FakeStripe.Delivery redeliver(FakeStripeEvent event) {
        URI target = endpoint;
        if (target == null) {
            throw new IllegalStateException("No webhook endpoint: call deliverTo(uri) first");
        }
        return post(target, event);
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    List<FakeStripe.Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The {@code Stripe-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">}. */
    FakeStripe.SignedPayload sign(String payload, long unixSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((unixSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return new FakeStripe.SignedPayload(payload, "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(signature));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private FakeStripe.Delivery post(URI target, FakeStripeEvent event) {
        FakeStripe.SignedPayload signed = sign(event.payload(), System.currentTimeMillis() / 1000);
        FakeStripe.Delivery delivery;
        try {
            HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            connection.setRequestProperty("Stripe-Signature", signed.signatureHeader());
            connection.setRequestProperty("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
            try (OutputStream body = connection.getOutputStream()) {
                body.write(signed.payload().getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (answer != null) {
                    answer.readAllBytes();
                }
            }
            delivery = new FakeStripe.Delivery(event.id(), event.type(), target, status, null);
        } catch (IOException | RuntimeException unreachable) {
            delivery = new FakeStripe.Delivery(event.id(), event.type(), target, 0, unreachable.toString());
        }
        deliveries.add(delivery);
        return delivery;
    }

    @Override
    public void close() {
        sender.shutdownNow();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
