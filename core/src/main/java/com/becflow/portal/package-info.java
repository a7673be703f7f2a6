/**
 * The client portal's way in: personal links. A link is a 256-bit random secret that exists only in the
 * email it was sent in; Becflow keeps its SHA-256, the tenant, the client and the one thing it opens, and it
 * expires and can be revoked. The tenant of every portal request comes from the link alone.
 */
package com.becflow.portal;
