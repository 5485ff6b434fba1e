package io.sosmed.content.network;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of checking a draft against one network: valid unless an ERROR violation is present. */
public record ValidationReport(
        Network network,
        boolean valid,
        List<Violation> violations,
        @Schema(description = "Per field (text, title, firstComment, media), the length in each unit the network counts "
                + "(weighted, graphemes, mastodonCharacters, codePoints, utf16Units, utf8Bytes), hashtags, mentions, items")
        Map<String, Map<String, Integer>> counts) {

    static ValidationReport of(Network network, Findings findings) {
        List<Violation> violations = findings.violations();
        boolean valid = violations.stream().noneMatch(violation -> violation.severity() == Severity.ERROR);
        return new ValidationReport(network, valid, violations, findings.counts());
    }
}
