package com.becflow.clients;

/**
 * A page of clients: text matches name, email or company; sorted by one column.
 */
public record ClientSearch(String text, boolean includeArchived, ClientSort sort, boolean ascending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public ClientSearch {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        sort = sort == null ? ClientSort.NAME : sort;
    }

    public int offset() {
        return page * size;
    }
}
