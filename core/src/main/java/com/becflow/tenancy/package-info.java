/**
 * Tenancy: the platform's registry of freelancers' businesses, their trial, and the rule that every
 * request acts for exactly one tenant, named by a verified token or portal link and never by default.
 */
package com.becflow.tenancy;
