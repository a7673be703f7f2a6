package com.becflow.contracts;

public enum ContractEventType {
    CREATED, UPDATED, SENT, VIEWED, LINK_RENEWED, SIGNED, COUNTERSIGNED, DECLINED, REVISED, VOIDED
}
