package io.sosmed.content.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How each network counts: graphemes, weights, bytes, links, mentions, hashtags, titles and first comments. */
class TextRulesTest {

    /** Man, woman, girl, boy joined by ZERO WIDTH JOINER: 11 UTF-16 units, 25 UTF-8 bytes, one grapheme. */
    static final String FAMILY = "👨‍👩‍👧‍👦";
    /** e followed by COMBINING ACUTE ACCENT: one grapheme, two code points, three UTF-8 bytes. */
    static final String E_ACUTE_DECOMPOSED = "e\u0301";
    static final String LONG_URL = "https://example.com/webinars/2025/spring/how-to-plan-a-quarter-of-posts";
    static final String SCHEMELESS_URL = "example.com/webinars/2025/spring/how-to-plan-a-quarter-of-posts";

    private final NetworkValidator validator = new NetworkValidator(new NetworkCatalog());

    private ValidationReport validate(Network network, Draft draft) {
        return validator.validate(network, draft);
    }

    private static String hashtags(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("#tag").append(i).append(' ');
        }
        return text.toString().trim();
    }

    @Nested
    class Bluesky {

        @Test
        void counts300GraphemesAsTheLimitEvenWhenEachIsTwoCodePoints() {
            String atLimit = E_ACUTE_DECOMPOSED.repeat(300);

            ValidationReport accepted = validate(Network.BLUESKY, Draft.text(atLimit));
            ValidationReport refused = validate(Network.BLUESKY, Draft.text(atLimit + E_ACUTE_DECOMPOSED));

            assertThat(accepted.valid()).isTrue();
            assertThat(accepted.counts().get("text")).containsEntry("graphemes", 300).containsEntry("utf8Bytes", 900);
            assertThat(refused.valid()).isFalse();
            assertThat(refused.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.unit()).isEqualTo("graphemes");
                assertThat(violation.actual()).isEqualTo(301);
                assertThat(violation.range()).isEqualTo(new TextRange(600, 602));
            });
        }

        @Test
        void countsAnEmojiZwjSequenceAsOneGrapheme() {
            ValidationReport report = validate(Network.BLUESKY, Draft.text(FAMILY));

            assertThat(report.counts().get("text")).containsEntry("graphemes", 1).containsEntry("utf8Bytes", 25);
        }

        @Test
        void refusesMoreThan3000BytesEvenUnder300Graphemes() {
            String atByteLimit = FAMILY.repeat(120);

            ValidationReport accepted = validate(Network.BLUESKY, Draft.text(atByteLimit));
            ValidationReport refused = validate(Network.BLUESKY, Draft.text(atByteLimit + "a"));

            assertThat(accepted.valid()).isTrue();
            assertThat(accepted.counts().get("text")).containsEntry("utf8Bytes", 3000).containsEntry("graphemes", 120);
            assertThat(refused.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("TEXT_TOO_LONG");
                assertThat(violation.unit()).isEqualTo("utf8Bytes");
                assertThat(violation.limit()).isEqualTo(3000);
                assertThat(violation.actual()).isEqualTo(3001);
                assertThat(violation.range()).isEqualTo(new TextRange(1320, 1321));
            });
        }
    }

    @Nested
    class X {

        @Test
        void weighsAnEmojiZwjSequenceTwo() {
            ValidationReport report = validate(Network.X, Draft.text(FAMILY));

            assertThat(report.counts().get("text")).containsEntry("weighted", 2);
        }

        @Test
        void weighsCjkTwoSo140FitAnd141DoNot() {
            ValidationReport accepted = validate(Network.X, Draft.text("漢".repeat(140)));
            ValidationReport refused = validate(Network.X, Draft.text("漢".repeat(141)));

            assertThat(accepted.valid()).isTrue();
            assertThat(accepted.counts().get("text")).containsEntry("weighted", 280);
            assertThat(refused.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.actual()).isEqualTo(282);
                assertThat(violation.range()).isEqualTo(new TextRange(140, 141));
            });
        }

        @Test
        void countsEveryUrlAs23WithOrWithoutScheme() {
            String withScheme = "a".repeat(256) + " " + LONG_URL;
            String withoutScheme = "a".repeat(256) + " " + SCHEMELESS_URL;

            assertThat(validate(Network.X, Draft.text(withScheme)).valid()).isTrue();
            assertThat(validate(Network.X, Draft.text(withoutScheme)).counts().get("text")).containsEntry("weighted", 280);
            assertThat(validate(Network.X, Draft.text("a" + withScheme)).violations())
                    .singleElement().extracting(Violation::actual).isEqualTo(281);
        }

        @Test
        void checksTheFirstCommentReplyWithTheSameWeightedLimit() {
            assertThat(validate(Network.X, Drafts.withFirstComment(Network.X, "a".repeat(280))).valid()).isTrue();
            assertThat(validate(Network.X, Drafts.withFirstComment(Network.X, "a".repeat(281))).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("FIRST_COMMENT_TOO_LONG");
                        assertThat(violation.field()).isEqualTo("firstComment");
                    });
        }

        @Test
        void refusesInsteadOfHangingOnTextThatDefeatsLinkDetection() {
            long started = System.nanoTime();

            ValidationReport report = validate(Network.X, Draft.text("a.".repeat(20_000)));

            assertThat(report.violations()).extracting(Violation::code).containsExactly("TEXT_NOT_COUNTABLE");
            assertThat(report.valid()).isFalse();
            assertThat(System.nanoTime() - started).isLessThan(10 * UrlFinder.BUDGET_NANOS);
        }

        @Test
        void refusesAPostWithNeitherTextNorMedia() {
            assertThat(validate(Network.X, Draft.text("   ")).violations())
                    .extracting(Violation::code).containsExactly("EMPTY_POST");
            assertThat(validate(Network.X, Drafts.withMedia(Network.X, Drafts.SQUARE_PNG)).valid()).isTrue();
        }

        @Test
        void warnsThatATitleAndAnUnusedOptionAreIgnored() {
            Draft draft = new Draft("Hello", "A title", null, List.of(), new DraftOptions(1000, null));

            ValidationReport report = validate(Network.X, draft);

            assertThat(report.valid()).isTrue();
            assertThat(report.violations()).extracting(Violation::code, Violation::severity, Violation::field)
                    .containsExactly(
                            tuple("TITLE_NOT_SUPPORTED", Severity.WARNING, "title"),
                            tuple("OPTION_NOT_APPLICABLE", Severity.WARNING,
                                    "options.maxCharacters"));
        }
    }

    @Nested
    class Mastodon {

        @Test
        void countsLinksWithSchemeAs23() {
            String atLimit = "a".repeat(476) + " " + LONG_URL;

            assertThat(validate(Network.MASTODON, Draft.text(atLimit)).valid()).isTrue();
            assertThat(validate(Network.MASTODON, Draft.text("a" + atLimit)).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.actual()).isEqualTo(501);
                        assertThat(violation.range()).isEqualTo(new TextRange(478, 478 + LONG_URL.length()));
                    });
        }

        @Test
        void countsALinkWithoutSchemeCharacterByCharacterBecauseMastodonDoesNotLinkIt() {
            ValidationReport report = validate(Network.MASTODON, Draft.text(SCHEMELESS_URL));

            assertThat(report.counts().get("text")).containsEntry("mastodonCharacters", SCHEMELESS_URL.length());
        }

        @Test
        void countsOnlyTheUsernameOfARemoteMention() {
            ValidationReport report = validate(Network.MASTODON, Draft.text("Thanks @alice@social.example.org!"));

            assertThat(report.counts().get("text")).containsEntry("mastodonCharacters", "Thanks @alice!".length());
        }

        @Test
        void takesTheInstanceLimitFromOptions() {
            String text = "a".repeat(501);

            ValidationReport report = validate(Network.MASTODON, Drafts.withText(Network.MASTODON, text,
                    new DraftOptions(1000, null)));
            ValidationReport smallInstance = validate(Network.MASTODON, Drafts.withText(Network.MASTODON, "a".repeat(101),
                    new DraftOptions(100, null)));

            assertThat(report.valid()).isTrue();
            assertThat(smallInstance.violations()).singleElement().extracting(Violation::limit).isEqualTo(100);
        }
    }

    @Nested
    class TikTok {

        @Test
        void countsUtf16UnitsSoAnEmojiCountsTwo() {
            String atLimit = "😀".repeat(1100);

            assertThat(validate(Network.TIKTOK, Drafts.withText(Network.TIKTOK, atLimit)).valid()).isTrue();
            assertThat(validate(Network.TIKTOK, Drafts.withText(Network.TIKTOK, atLimit + "a")).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.actual()).isEqualTo(2201);
                        assertThat(violation.range()).isEqualTo(new TextRange(2200, 2201));
                    });
        }

        @Test
        void warnsThatAFirstCommentCannotBePublished() {
            ValidationReport report = validate(Network.TIKTOK, new Draft("Hi", null, "First!",
                    Drafts.REQUIRED_MEDIA.get(Network.TIKTOK), DraftOptions.NONE));

            assertThat(report.valid()).isTrue();
            assertThat(report.violations()).extracting(Violation::code).containsExactly("FIRST_COMMENT_NOT_SUPPORTED");
        }
    }

    @Nested
    class Instagram {

        @Test
        void allows30HashtagsAndRefusesTheThirtyFirst() {
            String thirty = hashtags(30);

            assertThat(validate(Network.INSTAGRAM, Drafts.withText(Network.INSTAGRAM, thirty)).valid()).isTrue();
            ValidationReport refused = validate(Network.INSTAGRAM, Drafts.withText(Network.INSTAGRAM, thirty + " #extra"));
            assertThat(refused.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("TOO_MANY_HASHTAGS");
                assertThat(violation.limit()).isEqualTo(30);
                assertThat(violation.actual()).isEqualTo(31);
                assertThat(violation.range()).isEqualTo(new TextRange(thirty.length() + 1, thirty.length() + 7));
            });
            assertThat(refused.counts().get("text")).containsEntry("hashtags", 31);
        }

        @Test
        void countsHashtagsOfTheFirstCommentTowardsTheSameLimit() {
            Draft draft = new Draft(hashtags(20), null, hashtags(11), Drafts.REQUIRED_MEDIA.get(Network.INSTAGRAM),
                    DraftOptions.NONE);

            assertThat(validate(Network.INSTAGRAM, draft).violations()).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("firstComment");
                assertThat(violation.actual()).isEqualTo(31);
            });
        }

        @Test
        void takesTheChannelsHashtagLimitFromOptions() {
            DraftOptions fiveTags = new DraftOptions(null, 5);

            assertThat(validate(Network.INSTAGRAM, Drafts.withText(Network.INSTAGRAM, hashtags(5), fiveTags)).valid())
                    .isTrue();
            assertThat(validate(Network.INSTAGRAM, Drafts.withText(Network.INSTAGRAM, hashtags(6), fiveTags))
                    .violations()).singleElement().extracting(Violation::limit).isEqualTo(5);
        }

        @Test
        void allows20MentionsAndRefusesTheTwentyFirst() {
            StringBuilder mentions = new StringBuilder();
            for (int i = 0; i < 21; i++) {
                mentions.append("@user").append(i).append(' ');
            }

            assertThat(validate(Network.INSTAGRAM, Drafts.withText(Network.INSTAGRAM, mentions.toString())).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("TOO_MANY_MENTIONS");
                        assertThat(violation.actual()).isEqualTo(21);
                    });
        }
    }

    @Nested
    class YouTube {

        @Test
        void acceptsA100CharacterTitleAndRefuses101() {
            assertThat(validate(Network.YOUTUBE, Drafts.withTitle(Network.YOUTUBE, "t".repeat(100))).valid()).isTrue();
            assertThat(validate(Network.YOUTUBE, Drafts.withTitle(Network.YOUTUBE, "t".repeat(101))).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("TITLE_TOO_LONG");
                        assertThat(violation.field()).isEqualTo("title");
                        assertThat(violation.range()).isEqualTo(new TextRange(100, 101));
                    });
        }

        @Test
        void requiresATitle() {
            assertThat(validate(Network.YOUTUBE, Drafts.withTitle(Network.YOUTUBE, " ")).violations())
                    .extracting(Violation::code).containsExactly("TITLE_REQUIRED");
        }

        @Test
        void countsTheDescriptionInUtf8Bytes() {
            String twoByteCharacters = "é".repeat(2500);

            assertThat(validate(Network.YOUTUBE, Drafts.withText(Network.YOUTUBE, twoByteCharacters)).valid()).isTrue();
            assertThat(validate(Network.YOUTUBE, Drafts.withText(Network.YOUTUBE, twoByteCharacters + "a")).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.unit()).isEqualTo("utf8Bytes");
                        assertThat(violation.actual()).isEqualTo(5001);
                        assertThat(violation.range()).isEqualTo(new TextRange(2500, 2501));
                    });
        }

        @Test
        void refusesAngleBracketsAndMarksTheFirst() {
            ValidationReport report = validate(Network.YOUTUBE, Drafts.withText(Network.YOUTUBE, "1 < 2 and 3 > 2"));

            assertThat(report.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("FORBIDDEN_CHARACTER");
                assertThat(violation.actual()).isEqualTo(2);
                assertThat(violation.range()).isEqualTo(new TextRange(2, 3));
            });
        }
    }

    @Nested
    class Pinterest {

        @Test
        void acceptsA100CharacterTitleAndRefuses101() {
            assertThat(validate(Network.PINTEREST, Drafts.withTitle(Network.PINTEREST, "t".repeat(100))).valid()).isTrue();
            assertThat(validate(Network.PINTEREST, Drafts.withTitle(Network.PINTEREST, "t".repeat(101))).violations())
                    .extracting(Violation::code).containsExactly("TITLE_TOO_LONG");
        }
    }
}
