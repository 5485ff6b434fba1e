package io.sosmed.analytics.campaign;

import java.math.BigDecimal;

/** A campaign as reports need it: its name and, for ROI, its budget. */
public record Campaign(String campaignId, String name, BigDecimal budget, String currency) {
}
