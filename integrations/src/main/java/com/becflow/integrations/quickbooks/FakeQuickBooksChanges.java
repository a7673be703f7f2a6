package com.becflow.integrations.quickbooks;

import static com.becflow.integrations.quickbooks.FakeQuickBooksCompany.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;

/**
 * The fake's change data capture, as Intuit documents it: {@code GET /v3/company/{realmId}/cdc?entities=Customer,Payment
 * &changedSince=2026-12-01T09:00:00Z} answers {@code {"CDCResponse": [{"QueryResponse": [{"Customer": [...]},
 * {"Payment": [...]}]}], "time": ...}}, each entity as it is now, a deleted one as {@code {"domain": "QBO", "status":
 * "Deleted", "Id": ..., "MetaData": {"LastUpdatedTime": ...}}}; changedSince at most 30 days back.
 */
final class FakeQuickBooksChanges {

    private FakeQuickBooksChanges() {
    }

    static ObjectNode answer(FakeQuickBooksCompany books, String entities, String changedSince) {
        if (entities == null || entities.isBlank() || changedSince == null) {
            throw new FakeQuickBooksCompany.Refusal("2020", "Required param missing, need to supply the required value "
                    + "for the API", "Required parameter entities and changedSince are missing in the request");
        }
        OffsetDateTime since = OffsetDateTime.parse(changedSince);
        if (since.isBefore(OffsetDateTime.now().minusDays(30))) {
            throw new FakeQuickBooksCompany.Refusal("4000", "Invalid changedSince", "changedSince may be at most 30 days"
                    + " in the past");
        }
        ArrayNode responses = JSON.createArrayNode();
        for (String kind : entities.split(",")) {
            ArrayNode changed = books.changedSince(kind.strip(), since);
            ObjectNode response = responses.addObject();
            if (!changed.isEmpty()) {
                response.set(kind.strip(), changed);
                response.put("startPosition", 1).put("maxResults", changed.size());
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("CDCResponse").addObject().set("QueryResponse", responses);
        answer.put("time", FakeQuickBooksCompany.now());
        return answer;
    }
}
