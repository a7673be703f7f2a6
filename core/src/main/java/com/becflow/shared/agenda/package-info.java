/**
 * The agenda: which tenants have something pending, and from when. It lets the one-minute housekeeping round
 * enter only the tenants whose moment has come ({@link com.becflow.shared.agenda.Agenda}); each context keeps its
 * own topics on it in the transactions that make the pending things.
 */
package com.becflow.shared.agenda;
