package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksCalls;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.intuit.ipp.core.Context;
import com.intuit.ipp.core.IEntity;
import com.intuit.ipp.core.ServiceType;
import com.intuit.ipp.data.Error;
import com.intuit.ipp.data.OperationEnum;
import com.intuit.ipp.exception.AuthenticationException;
import com.intuit.ipp.exception.AuthorizationException;
import com.intuit.ipp.exception.FMSException;
import com.intuit.ipp.exception.InvalidTokenException;
import com.intuit.ipp.interceptors.HTTPURLConnectionInterceptor;
import com.intuit.ipp.services.BatchOperation;
import com.intuit.ipp.services.DataService;
import com.intuit.ipp.services.QueryResult;
import com.intuit.ipp.util.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One QuickBooks company as one call sees it, through the SDK's {@link DataService}, with the SDK's failures in the
 * port's words. A fresh one per call: the SDK's {@link Context} holds the request id of the next write.
 *
 * <p>QuickBooks has no {@code Idempotency-Key} header; its documented equivalent is the {@code requestid} query
 * parameter: a write repeated under the same request id gets the first answer again and changes nothing. Intuit takes
 * at most 50 characters there, so the port's key (longer) is hashed into one; the same key gives the same request id.
 */
final class QuickBooksCompany {

    /** QuickBooks allows 500 requests a minute per company: after a 429 without Retry-After, a minute is enough. */
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(1);

    private final ReplyWatchingAuthorizer authorizer;
    private final Context context;
    private final DataService service;
    private final BooksCalls calls;
    private final String realm;

    QuickBooksCompany(QuickBooksSettings settings, BooksSession session, BooksCalls calls) {
        configureThisThread(settings);
        this.calls = calls;
        this.realm = session.organisationId();
        this.authorizer = new ReplyWatchingAuthorizer(session.accessToken());
        try {
            this.context = new Context(authorizer, ServiceType.QBO, session.organisationId());
        } catch (FMSException e) {
            throw new IllegalStateException("The SDK refused a context for QBO", e);
        }
        this.service = new DataService(context);
    }

    /**
     * The SDK keeps its settings per thread ({@link Config} is a ThreadLocal), so each call sets them again on the
     * thread it runs on. HttpURLConnection, because the SDK's default Apache transport drops the port of the base
     * URL; no retries, because the sync pass decides when to try again (and the Apache transport's would wait 30 s).
     */
    private static void configureThisThread(QuickBooksSettings settings) {
        Config.setProperty(Config.BASE_URL_QBO, settings.apiUrl());
        Config.setProperty(Config.HTTP_TRANSPORT, HTTPURLConnectionInterceptor.HTTP_URL_CONNECTION);
        Config.setProperty(Config.RETRY_MODE, "fixed");
        Config.setProperty(Config.RETRY_FIXED_COUNT, "0");
        Config.setProperty(Config.SERIALIZATION_REQUEST_FORMAT, "json");
        Config.setProperty(Config.SERIALIZATION_RESPONSE_FORMAT, "json");
        // The SDK's HttpURLConnection transport swaps these two (connectionTimeout sets the read timeout): both the same.
        String millis = Long.toString(settings.timeout().toMillis());
        Config.setProperty(Config.TIMEOUT_CONNECTION, millis);
        Config.setProperty(Config.TIMEOUT_REQUEST, millis);
    }

    <T extends IEntity> T read(T byId) {
        return call(() -> service.findById(byId));
    }

    @SuppressWarnings("unchecked")
    <T extends IEntity> List<T> query(String query) {
        QueryResult result = call(() -> service.executeQuery(query));
        return result == null || result.getEntities() == null ? List.of() : (List<T>) result.getEntities();
    }

    /**
     * Change data capture: the entities of these kinds changed since {@code changedSince} (ISO 8601), those deleted
     * there with status {@code Deleted} and little more than their id.
     */
    List<IEntity> changedSince(List<? extends IEntity> kinds, String changedSince) {
        List<com.intuit.ipp.services.CDCQueryResult> results = call(() -> service.executeCDCQuery(kinds, changedSince));
        List<IEntity> changed = new java.util.ArrayList<>();
        for (com.intuit.ipp.services.CDCQueryResult result : results == null ? List.<com.intuit.ipp.services.CDCQueryResult>of()
                : results) {
            if (result.getQueryResults() != null) {
                result.getQueryResults().values().stream().filter(r -> r.getEntities() != null)
                        .forEach(r -> changed.addAll(r.getEntities()));
            }
        }
        return changed;
    }

    <T extends IEntity> T add(T entity, String idempotencyKey) {
        context.setRequestID(requestId(idempotencyKey));
        return call(() -> service.add(entity));
    }

    /** What became of one entity of a batch: kept as {@code entity}, or refused. */
    record Answer<T>(T entity, BooksRefused refusal) {
    }

    /**
     * Creates these entities in one batch request under the key's request id; one answer per entity, in the order
     * sent. A fault on one entity is its refusal and leaves the others created.
     */
    <T extends IEntity> List<Answer<T>> addAll(List<T> entities, String idempotencyKey) {
        return batch(entities, OperationEnum.CREATE, idempotencyKey);
    }

    /** As {@link #addAll}, updating entities (each with its Id and current SyncToken) in one batch request. */
    <T extends IEntity> List<Answer<T>> updateAll(List<T> entities, String idempotencyKey) {
        return batch(entities, OperationEnum.UPDATE, idempotencyKey);
    }

    @SuppressWarnings("unchecked")
    private <T extends IEntity> List<Answer<T>> batch(List<T> entities, OperationEnum operation, String idempotencyKey) {
        context.setRequestID(requestId(idempotencyKey));
        BatchOperation batch = new BatchOperation();
        for (int i = 0; i < entities.size(); i++) {
            batch.addEntity(entities.get(i), operation, Integer.toString(i + 1));
        }
        calls.batch(BooksVendor.QUICKBOOKS, realm, () -> send(() -> {
            service.executeBatch(batch);
            return batch;
        }));
        List<Answer<T>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            String bId = Integer.toString(i + 1);
            if (batch.isFault(bId)) {
                List<Error> errors = batch.getFault(bId).getError() == null ? List.of() : batch.getFault(bId).getError();
                answers.add(new Answer<>(null, new BooksRefused(kindOf(errors), reasons("QuickBooks refused it", errors))));
            } else if (batch.getEntity(bId) == null) {
                answers.add(new Answer<>(null, new BooksRefused("QuickBooks did not answer for it in the batch")));
            } else {
                answers.add(new Answer<>((T) batch.getEntity(bId), null));
            }
        }
        return answers;
    }

    <T extends IEntity> T update(T entity, String idempotencyKey) {
        context.setRequestID(requestId(idempotencyKey));
        return call(() -> service.update(entity));
    }

    <T extends IEntity> T voidIt(T entity, String idempotencyKey) {
        context.setRequestID(requestId(idempotencyKey));
        return call(() -> service.voidRequest(entity));
    }

    /** At most 50 characters of [0-9a-f], the same for the same key. */
    static String requestId(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** One request to the company, once its limits let it start. */
    private <T> T call(SdkCall<T> call) {
        return calls.call(BooksVendor.QUICKBOOKS, realm, () -> send(call));
    }

    private <T> T send(SdkCall<T> call) {
        try {
            return call.run();
        } catch (FMSException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            // The SDK's response handling dereferences an Apache status line that its HttpURLConnection transport
            // never sets, so an error answer that is not QuickBooks' JSON (a proxy's HTML 502) ends up here.
            throw new BooksUnavailable("QuickBooks answered what the SDK could not read (" + authorizer.status()
                    + "): " + e, Duration.ofMinutes(1));
        }
    }

    private RuntimeException failure(FMSException e) {
        if (causedByIo(e)) {
            return new BooksUnavailable("QuickBooks did not answer, or not in a form the SDK reads: " + e.getMessage(), Duration.ofMinutes(1));
        }
        OptionalInt status = authorizer.status();
        List<Error> errors = e.getErrorList() == null ? List.of() : e.getErrorList();
        boolean throttled = errors.stream().anyMatch(error -> "3001".equals(error.getCode())
                || String.valueOf(error.getMessage()).contains("ThrottleExceeded"));
        if (status.orElse(0) == 429 || throttled) {
            Duration wait = authorizer.header("Retry-After").flatMap(QuickBooksCompany::seconds).orElse(THROTTLE_WINDOW);
            return new BooksUnavailable("QuickBooks asked Becflow to wait " + wait.toSeconds() + " s", wait);
        }
        if (status.orElse(0) == 401 || status.orElse(0) == 403 || e instanceof AuthenticationException
                || e instanceof AuthorizationException || e instanceof InvalidTokenException) {
            return new BooksAccessRevoked("QuickBooks refused the access token: " + reasons(e, errors));
        }
        if (status.isEmpty() || status.getAsInt() >= 500) {
            return new BooksUnavailable("QuickBooks could not answer: " + reasons(e, errors), Duration.ofMinutes(1));
        }
        return new BooksRefused(kindOf(errors), reasons(e, errors));
    }

    /** QuickBooks' error codes as the kinds of conflict they are: 6240 a name used, 6140 a number used, 610 gone. */
    private static BooksConflict.Kind kindOf(List<Error> errors) {
        for (Error error : errors) {
            switch (String.valueOf(error.getCode())) {
                case "6240": return BooksConflict.Kind.NAME_TAKEN;
                case "6140": return BooksConflict.Kind.NUMBER_TAKEN;
                case "610": return BooksConflict.Kind.DELETED_IN_BOOKS;
                default: break;
            }
        }
        return BooksConflict.Kind.REFUSED;
    }

    /** QuickBooks' message with its detail ("Duplicate Name Exists Error: The name supplied already exists. ..."). */
    private static String reasons(FMSException e, List<Error> errors) {
        return reasons(String.valueOf(e.getMessage()), errors);
    }

    private static String reasons(String otherwise, List<Error> errors) {
        String reasons = errors.stream().map(error -> {
            String message = error.getMessage() == null ? "" : error.getMessage();
            String detail = error.getDetail() == null ? "" : error.getDetail();
            return detail.isEmpty() || detail.startsWith(message) ? (detail.isEmpty() ? message : detail)
                    : message + ": " + detail;
        }).filter(text -> !text.isBlank()).distinct().collect(Collectors.joining("; "));
        return reasons.isEmpty() ? otherwise : reasons;
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T run() throws FMSException;
    }
}
