package com.becflow.clients;

import java.util.List;

public record ClientPage(List<Client> items, long total) {
}
