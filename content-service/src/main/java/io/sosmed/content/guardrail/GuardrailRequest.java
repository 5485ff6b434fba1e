package io.sosmed.content.guardrail;

import io.sosmed.content.network.Network;
import io.sosmed.content.network.Severity;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT {@code /guardrails}; the fields a kind needs are required for that kind. */
public record GuardrailRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull GuardrailKind kind,
        @NotNull Severity severity,
        @Schema(description = "BANNED_TERM, SENSITIVE_TOPIC: the words or phrases; REQUIRED_DISCLOSURE: the triggers "
                + "(a word in the text or a post tag)")
        @Size(max = 500) List<@NotBlank @Size(max = 200) String> terms,
        @Schema(description = "REQUIRED_DISCLOSURE: any one of these must be in the text, e.g. #ad")
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> disclosures,
        @Schema(description = "MAX_EMOJIS: the network the limit applies to; null for every network") Network network,
        @PositiveOrZero @Max(1000) Integer maxEmojis,
        LinkPolicy linkPolicy,
        @Size(max = 500) List<@NotBlank @Size(max = 253) String> domains) {

    private static final String HOST = "(?i)^(?=.{1,253}$)([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}\\.?$";

    /** Refuses with 400 and field errors what the kind needs but is missing, and fields the kind does not use. */
    void requireFieldsOfKind() {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean usesTerms = kind == GuardrailKind.BANNED_TERM || kind == GuardrailKind.SENSITIVE_TOPIC
                || kind == GuardrailKind.REQUIRED_DISCLOSURE;
        check(errors, "terms", usesTerms, terms != null && !terms.isEmpty());
        check(errors, "disclosures", kind == GuardrailKind.REQUIRED_DISCLOSURE, disclosures != null && !disclosures.isEmpty());
        check(errors, "maxEmojis", kind == GuardrailKind.MAX_EMOJIS, maxEmojis != null);
        if (network != null && kind != GuardrailKind.MAX_EMOJIS) {
            errors.add(new Problem.FieldError("network", "only MAX_EMOJIS rules name a network"));
        }
        check(errors, "linkPolicy", kind == GuardrailKind.LINK_DOMAINS, linkPolicy != null);
        check(errors, "domains", kind == GuardrailKind.LINK_DOMAINS, domains != null && !domains.isEmpty());
        if (domains != null) {
            for (int i = 0; i < domains.size(); i++) {
                if (domains.get(i) != null && !domains.get(i).strip().matches(HOST)) {
                    errors.add(new Problem.FieldError("domains[" + i + "]", "must be a domain name such as example.com"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid",
                    "A " + kind + " guardrail needs other fields", errors);
        }
    }

    private void check(List<Problem.FieldError> errors, String field, boolean used, boolean present) {
        if (used && !present) {
            errors.add(new Problem.FieldError(field, "required for a " + kind + " guardrail"));
        } else if (!used && present) {
            errors.add(new Problem.FieldError(field, "not used by a " + kind + " guardrail"));
        }
    }
}
