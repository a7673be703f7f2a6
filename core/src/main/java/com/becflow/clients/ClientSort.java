package com.becflow.clients;

public enum ClientSort {
    NAME,
    EMAIL,
    COMPANY,
    CREATED
}
