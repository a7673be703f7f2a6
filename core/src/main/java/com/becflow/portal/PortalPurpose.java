package com.becflow.portal;

/** What a link opens; a link never opens anything else. */
public enum PortalPurpose { CONTRACT, INVOICE, FEEDBACK }
