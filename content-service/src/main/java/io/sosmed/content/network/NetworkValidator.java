package io.sosmed.content.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Checks a draft exactly as one network will: runs every generic check against that network's rule set. */
@ApplicationScoped
public class NetworkValidator {

    private static final List<RuleCheck> CHECKS = List.of(
            new FieldLengthCheck(),
            new ForbiddenCharacterCheck(),
            new EntityCountCheck(),
            new EmptyPostCheck(),
            new MediaCountCheck(),
            new MediaItemCheck(),
            new OptionCheck());

    private final NetworkCatalog catalog;

    public NetworkValidator(NetworkCatalog catalog) {
        this.catalog = catalog;
    }

    public ValidationReport validate(Network network, Draft draft) {
        NetworkRules rules = catalog.rules(network);
        Findings findings = new Findings();
        CHECKS.forEach(check -> check.check(rules, draft, findings));
        return ValidationReport.of(network, findings);
    }
}
