package com.becflow.api.contracts;

import java.util.List;

public record ContractPageJson(List<ContractJson> items, int page, int size, long total) {
}
