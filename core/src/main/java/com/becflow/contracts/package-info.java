/**
 * Contracts: the terms a client agrees to before work starts. A template holds prose with merge fields and
 * structured clauses whose parameters are data (net days, deposit, cancellation tiers, late fee, early
 * payment discount, IP transfer, scope), so that billing can later act on what was signed. A contract is a
 * template filled in for one client and project; once sent, the exact document shown to the client is kept
 * per revision, every step is written to a hash-chained event log, and a signed contract never changes.
 */
package com.becflow.contracts;
