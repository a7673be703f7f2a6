/**
 * Feedback on settled engagements: when the last open invoice under a signed contract is paid, the client is asked
 * once, through a link of its own, how the work and the billing went; the freelancer reads the answers per client.
 */
package com.becflow.feedback;
