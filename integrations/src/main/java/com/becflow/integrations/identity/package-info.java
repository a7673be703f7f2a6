/**
 * Identity through Keycloak: Becflow opens freelancers' accounts through Keycloak's admin API
 * ({@link com.becflow.integrations.identity.KeycloakAccounts}), and trusts a request only after
 * {@link com.becflow.integrations.identity.OidcTokenVerifier} has checked its token against the realm's
 * published keys. The tenant of every request comes from the {@code tenant_id} claim, which Keycloak copies
 * from a user attribute that only administrators (that is, Becflow's provisioning client) can set; users can
 * neither see nor change it. {@link com.becflow.integrations.identity.LocalKeycloak} runs Keycloak for local
 * mode and tests with the realm in {@code keycloak/becflow-realm.json}.
 */
package com.becflow.integrations.identity;
