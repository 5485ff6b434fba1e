package io.sosmed.content.campaign;

import io.sosmed.platform.problem.Problem;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** What a campaign's values must satisfy together, beyond each field's own format. */
final class CampaignRules {

    private CampaignRules() {
    }

    /** Field errors of the request; empty when it is consistent. */
    static List<Problem.FieldError> violations(CampaignRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.startsOn() != null && request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            errors.add(new Problem.FieldError("endsOn", "must not be before startsOn (" + request.startsOn() + ")"));
        }
        if (request.budget() != null && request.currency() == null) {
            errors.add(new Problem.FieldError("currency", "is required with a budget"));
        }
        if (request.budget() == null && request.currency() != null) {
            errors.add(new Problem.FieldError("budget", "is required with a currency"));
        }
        if (request.currency() != null && !isIsoCurrency(request.currency())) {
            errors.add(new Problem.FieldError("currency", "'" + request.currency() + "' is not an ISO 4217 currency"));
        }
        return errors;
    }

    private static boolean isIsoCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
