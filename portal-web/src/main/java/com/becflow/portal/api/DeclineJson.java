package com.becflow.portal.api;

public class DeclineJson {

    public String reason;
}
