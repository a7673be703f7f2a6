package com.becflow.api.clients;

import java.util.List;

public record ClientPageJson(List<ClientJson> items, int page, int size, long total) {
}
