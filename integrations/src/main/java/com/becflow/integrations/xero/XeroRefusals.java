package com.becflow.integrations.xero;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksUnavailable;
import com.xero.api.XeroBadRequestException;
import com.xero.api.XeroException;
import com.xero.api.XeroForbiddenException;
import com.xero.api.XeroNotFoundException;
import com.xero.api.XeroRateLimitException;
import com.xero.api.XeroUnauthorizedException;
import com.xero.models.accounting.Element;
import com.xero.models.accounting.ValidationError;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Xero's failures in the port's words: a refusal of the object (with the conflict kind its message stands for), a
 * revoked access, a request to slow down, or books that did not answer.
 */
final class XeroRefusals {

    private XeroRefusals() {
    }

    /** A call to Xero, its failures in the port's words. */
    static <T> T call(XeroCall<T> call) {
        try {
            return call.run();
        } catch (XeroBadRequestException e) {
            String reasons = reasons(e);
            throw new BooksRefused(kindOf(reasons), reasons);
        } catch (XeroNotFoundException e) {
            throw new BooksRefused(BooksConflict.Kind.DELETED_IN_BOOKS, "it no longer exists in Xero (deleted there?)");
        } catch (XeroUnauthorizedException | XeroForbiddenException e) {
            throw new BooksAccessRevoked("Xero refused the access token: " + e.getMessage());
        } catch (XeroRateLimitException e) {
            long seconds = e.getRetryAfterSeconds() == null ? 60 : Math.max(1, e.getRetryAfterSeconds());
            throw new BooksUnavailable("Xero asked Becflow to wait " + seconds + " s", Duration.ofSeconds(seconds));
        } catch (XeroException e) {
            throw new BooksUnavailable("Xero could not answer: " + e.getMessage(), Duration.ofMinutes(1));
        } catch (IOException e) {
            throw new BooksUnavailable("Xero did not answer: " + e.getMessage(), Duration.ofMinutes(1));
        }
    }

    /**
     * The refusal of one element of an answer sent with {@code summarizeErrors=false}: Xero answers 200 for the request
     * and puts each refused element's reasons on the element itself.
     */
    static Optional<BooksRefused> refusal(List<ValidationError> errors) {
        if (errors == null || errors.isEmpty()) {
            return Optional.empty();
        }
        String reasons = errors.stream().map(ValidationError::getMessage).distinct().collect(Collectors.joining("; "));
        return Optional.of(new BooksRefused(kindOf(reasons), reasons));
    }

    /** Xero's validation messages as the kinds of conflict they are. */
    private static BooksConflict.Kind kindOf(String reasons) {
        if (reasons.contains("is already assigned to another contact")) {
            return BooksConflict.Kind.NAME_TAKEN;
        }
        if (reasons.contains("must be unique")) {
            return BooksConflict.Kind.NUMBER_TAKEN;
        }
        return BooksConflict.Kind.REFUSED;
    }

    private static String reasons(XeroBadRequestException e) {
        List<Element> elements = e.getElements() == null ? List.of() : e.getElements();
        String reasons = elements.stream()
                .flatMap(element -> element.getValidationErrors() == null ? Stream.<ValidationError>empty()
                        : element.getValidationErrors().stream())
                .map(ValidationError::getMessage).distinct().collect(Collectors.joining("; "));
        return reasons.isEmpty() ? String.valueOf(e.getMessage()) : reasons;
    }

    @FunctionalInterface
    interface XeroCall<T> {
        T run() throws IOException;
    }
}
