package com.becflow.contracts;

/** Who the contract is between, as printed on it. */
public record Parties(String freelancerName, String freelancerEmail, String clientName, String clientCompany,
                      String clientEmail, String clientAddress) {
}
