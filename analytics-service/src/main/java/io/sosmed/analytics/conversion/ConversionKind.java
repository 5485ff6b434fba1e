package io.sosmed.analytics.conversion;

/** What a CRM reports: a lead, an opportunity, or a won deal (whose value is revenue). */
public enum ConversionKind {
    LEAD, OPPORTUNITY, DEAL
}
