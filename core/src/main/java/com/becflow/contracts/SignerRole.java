package com.becflow.contracts;

public enum SignerRole { CLIENT, FREELANCER }
