package io.sosmed.content.network;

import static io.sosmed.content.network.Drafts.ANIMATED_GIF;
import static io.sosmed.content.network.Drafts.LANDSCAPE_VIDEO;
import static io.sosmed.content.network.Drafts.SQUARE_JPEG;
import static io.sosmed.content.network.Drafts.SQUARE_PNG;
import static io.sosmed.content.network.Drafts.VERTICAL_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Attachment counts, kinds, sizes, durations and aspect ratios per network. */
class MediaRulesTest {

    private final NetworkValidator validator = new NetworkValidator(new NetworkCatalog());

    private ValidationReport validate(Network network, MediaFacts... media) {
        return validator.validate(network, Drafts.withMedia(network, media));
    }

    private static MediaFacts[] copies(MediaFacts item, int count) {
        return Collections.nCopies(count, item).toArray(MediaFacts[]::new);
    }

    private static MediaFacts image(String type, long bytes, int width, int height) {
        return new MediaFacts(type, bytes, width, height, null);
    }

    private static MediaFacts video(double seconds) {
        return new MediaFacts("video/mp4", 10_000_000, 1280, 720, seconds);
    }

    @Nested
    class X {

        @Test
        void takesFourImagesButNotFive() {
            assertThat(validate(Network.X, copies(SQUARE_PNG, 4)).valid()).isTrue();
            assertThat(validate(Network.X, copies(SQUARE_PNG, 5)).violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("TOO_MANY_MEDIA");
                assertThat(violation.limit()).isEqualTo(4);
                assertThat(violation.actual()).isEqualTo(5);
            });
        }

        @Test
        void neverMixesImagesGifsAndVideos() {
            assertThat(validate(Network.X, SQUARE_PNG, LANDSCAPE_VIDEO).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_KINDS_MIXED");
            assertThat(validate(Network.X, SQUARE_PNG, ANIMATED_GIF).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_KINDS_MIXED");
        }

        @Test
        void takesOneGifAndOneVideoAtMost() {
            assertThat(validate(Network.X, ANIMATED_GIF).valid()).isTrue();
            assertThat(validate(Network.X, ANIMATED_GIF, ANIMATED_GIF).violations())
                    .extracting(Violation::code).containsExactly("TOO_MANY_GIFS");
            assertThat(validate(Network.X, LANDSCAPE_VIDEO, LANDSCAPE_VIDEO).violations())
                    .extracting(Violation::code).containsExactly("TOO_MANY_VIDEOS");
        }

        @Test
        void takesVideosFromHalfASecondTo140Seconds() {
            assertThat(validate(Network.X, video(140)).valid()).isTrue();
            assertThat(validate(Network.X, video(140.5)).violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("VIDEO_TOO_LONG");
                assertThat(violation.field()).isEqualTo("media[0].durationSeconds");
                assertThat(violation.limit()).isEqualTo(140.0);
                assertThat(violation.actual()).isEqualTo(140.5);
            });
            assertThat(validate(Network.X, video(0.4)).violations())
                    .extracting(Violation::code).containsExactly("VIDEO_TOO_SHORT");
        }

        @Test
        void takesImagesUpTo5Mb() {
            assertThat(validate(Network.X, image("image/png", 5_000_000, 800, 600)).valid()).isTrue();
            assertThat(validate(Network.X, image("image/png", 5_000_001, 800, 600)).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("MEDIA_TOO_LARGE");
                        assertThat(violation.field()).isEqualTo("media[0].sizeBytes");
                        assertThat(violation.limit()).isEqualTo(5_000_000L);
                        assertThat(violation.actual()).isEqualTo(5_000_001L);
                    });
        }

        @Test
        void refusesTypesItDoesNotTake() {
            assertThat(validate(Network.X, image("image/bmp", 1000, 10, 10)).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("MEDIA_TYPE_NOT_SUPPORTED");
                        assertThat(violation.field()).isEqualTo("media[0].type");
                        assertThat(violation.message()).contains("image/png");
                    });
        }
    }

    @Nested
    class Bluesky {

        @Test
        void takesImagesUpTo1000000Bytes() {
            assertThat(validate(Network.BLUESKY, image("image/jpeg", 1_000_000, 2000, 2000)).valid()).isTrue();
            assertThat(validate(Network.BLUESKY, image("image/jpeg", 1_000_001, 2000, 2000)).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_TOO_LARGE");
        }

        @Test
        void takesFourImagesOrOneVideoNeverBoth() {
            assertThat(validate(Network.BLUESKY, copies(SQUARE_JPEG, 4)).valid()).isTrue();
            assertThat(validate(Network.BLUESKY, VERTICAL_VIDEO).valid()).isTrue();
            assertThat(validate(Network.BLUESKY, SQUARE_JPEG, VERTICAL_VIDEO).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_KINDS_MIXED");
        }
    }

    @Nested
    class Instagram {

        @Test
        void requiresMediaAndTakesAtMostTen() {
            assertThat(validate(Network.INSTAGRAM).violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("MEDIA_REQUIRED");
                assertThat(violation.limit()).isEqualTo(1);
                assertThat(violation.actual()).isEqualTo(0);
            });
            assertThat(validate(Network.INSTAGRAM, copies(SQUARE_JPEG, 10)).valid()).isTrue();
            assertThat(validate(Network.INSTAGRAM, copies(SQUARE_JPEG, 11)).violations())
                    .extracting(Violation::code).containsExactly("TOO_MANY_MEDIA");
        }

        @Test
        void takesImagesFromFourByFiveTo191By1() {
            assertThat(validate(Network.INSTAGRAM, image("image/jpeg", 100_000, 1080, 1350)).valid()).isTrue();
            assertThat(validate(Network.INSTAGRAM, image("image/jpeg", 100_000, 1080, 566)).valid()).isTrue();
            assertThat(validate(Network.INSTAGRAM, image("image/jpeg", 100_000, 1080, 1920)).violations())
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("ASPECT_RATIO_OUT_OF_RANGE");
                        assertThat(violation.field()).isEqualTo("media[0]");
                        assertThat(violation.limit()).isEqualTo(0.8);
                        assertThat(violation.actual()).isEqualTo(0.563);
                    });
            assertThat(validate(Network.INSTAGRAM, image("image/jpeg", 100_000, 1080, 500)).violations())
                    .singleElement().extracting(Violation::limit).isEqualTo(1.91);
        }

        @Test
        void mixesImagesAndVideosInACarousel() {
            assertThat(validate(Network.INSTAGRAM, SQUARE_JPEG, VERTICAL_VIDEO).valid()).isTrue();
        }

        @Test
        void takesOnlyJpegImages() {
            assertThat(validate(Network.INSTAGRAM, SQUARE_PNG).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_TYPE_NOT_SUPPORTED");
        }

        @Test
        void warnsWhenDimensionsAreUnknownButStillAccepts() {
            ValidationReport report = validate(Network.INSTAGRAM, new MediaFacts("image/jpeg", 100_000, null, null, null));

            assertThat(report.valid()).isTrue();
            assertThat(report.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("MEDIA_DIMENSIONS_UNKNOWN");
                assertThat(violation.severity()).isEqualTo(Severity.WARNING);
            });
        }
    }

    @Nested
    class TikTok {

        @Test
        void requiresAVideo() {
            assertThat(validate(Network.TIKTOK).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_REQUIRED");
            assertThat(validate(Network.TIKTOK, SQUARE_JPEG).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_TYPE_NOT_SUPPORTED");
        }

        @Test
        void refusesVideosWithASideUnder360Pixels() {
            MediaFacts tiny = new MediaFacts("video/mp4", 1_000_000, 320, 240, 10.0);

            assertThat(validate(Network.TIKTOK, tiny).violations()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo("MEDIA_DIMENSIONS_TOO_SMALL");
                assertThat(violation.limit()).isEqualTo(360);
                assertThat(violation.actual()).isEqualTo(240);
            });
        }
    }

    @Nested
    class YouTube {

        @Test
        void takesExactlyOneVideoOfAnyVideoType() {
            assertThat(validate(Network.YOUTUBE, new MediaFacts("video/x-matroska", 1_000_000, 1920, 1080, 60.0))
                    .valid()).isTrue();
            assertThat(validate(Network.YOUTUBE, LANDSCAPE_VIDEO, LANDSCAPE_VIDEO).violations())
                    .extracting(Violation::code).containsExactly("TOO_MANY_MEDIA");
            assertThat(validate(Network.YOUTUBE).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_REQUIRED");
        }
    }

    @Nested
    class LinkedIn {

        @Test
        void refusesImagesOf36152320PixelsOrMore() {
            assertThat(validate(Network.LINKEDIN, image("image/png", 9_000_000, 6016, 6009)).valid()).isTrue();
            assertThat(validate(Network.LINKEDIN, image("image/png", 9_000_000, 6016, 6010)).violations())
                    .extracting(Violation::code).containsExactly("MEDIA_TOO_MANY_PIXELS");
        }
    }
}
