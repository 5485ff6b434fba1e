package io.sosmed.community.listening;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.community.inbox.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListeningMatcherTest {

    private static final ListeningRules RULES = new ListeningRules(List.of(
            new ListeningRules.Rule(ListeningRules.RuleType.BRAND, "Acme", null, null),
            new ListeningRules.Rule(ListeningRules.RuleType.COMPETITOR, "Globex Corp", null, Priority.HIGH),
            new ListeningRules.Rule(ListeningRules.RuleType.HASHTAG, "#acmefail", "campaign:fail", Priority.URGENT),
            new ListeningRules.Rule(ListeningRules.RuleType.KEYWORD, "refund", null, null)));

    @Test
    void tagsEveryMatchingRuleAndRaisesToTheHighestPriority() {
        ListeningMatch match = ListeningMatcher.match(RULES, "ACME lost my parcel, switching to globex corp #AcmeFail");
        assertThat(match.tags()).containsExactly("brand:acme", "competitor:globex corp", "campaign:fail");
        assertThat(match.raisePriorityTo()).isEqualTo(Priority.URGENT);
    }

    @Test
    void termsMatchWholeWordsOnly() {
        ListeningMatch match = ListeningMatcher.match(RULES, "acmeland refunds #acmefailure acme-fans");
        assertThat(match.tags()).containsExactly("brand:acme");
        assertThat(match.raisePriorityTo()).isNull();
    }

    @Test
    void hashtagRuleNeedsTheHashMark() {
        assertThat(ListeningMatcher.match(RULES, "acmefail again").tags()).doesNotContain("campaign:fail");
    }
}
