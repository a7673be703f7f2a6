/**
 * The drafting assistant: turns a freelancer's brief, in their own words, into a contract or invoice draft that
 * they review before anything is sent. {@link com.becflow.assistant.DraftingAssistant} is the port; an offline
 * adapter (an in-JVM embedding model plus a deterministic extractor) always exists, and a language model adapter
 * exists only when the operator configured one and the tenant turned it on. Whatever an adapter proposes, the
 * domain's own validation ({@link com.becflow.contracts.ContractTerms#problems}) decides; every proposed value
 * carries the reason it was chosen, so the freelancer can see why.
 */
package com.becflow.assistant;
