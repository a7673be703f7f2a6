package com.becflow.portal.api;

public class RenewalJson {

    public String token;
}
