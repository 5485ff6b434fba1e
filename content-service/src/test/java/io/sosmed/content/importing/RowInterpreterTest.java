package io.sosmed.content.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.content.post.PostRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowInterpreterTest {

    private static final UUID MEDIA = UUID.fromString("0d5f6c3e-6f1e-4f7e-9f55-3c1d2b7a9e10");
    private static final UUID CAMPAIGN = UUID.fromString("6b1f0a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final WorkspaceLibrary LIBRARY = new WorkspaceLibrary(Set.of(MEDIA), Set.of(CAMPAIGN),
            Map.of("spring launch", CAMPAIGN), Set.of("education", "product"));
    private static final ZoneId NO_DEFAULT_ZONE = null;

    @Test
    void fullRowBecomesOnePostWithOneVariant() {
        RowInterpreter.Outcome outcome = interpret(Map.of(ImportColumn.CHANNEL, "x-main", ImportColumn.TEXT, "Hello, world",
                ImportColumn.MEDIA, MEDIA.toString(), ImportColumn.SCHEDULED_TIME, "2026-05-04T09:30",
                ImportColumn.ZONE, "Europe/Lisbon", ImportColumn.PILLAR, "education", ImportColumn.TAGS, "a | b||c",
                ImportColumn.CAMPAIGN, "Spring Launch"), NO_DEFAULT_ZONE);

        assertThat(outcome.errors()).isEmpty();
        PostRequest post = outcome.request();
        assertThat(post.title()).isEqualTo("Hello, world");
        assertThat(post.plannedAt()).isEqualTo(Instant.parse("2026-05-04T08:30:00Z"));
        assertThat(post.tags()).containsExactly("a", "b", "c");
        assertThat(post.campaignId()).isEqualTo(CAMPAIGN);
        assertThat(post.variants()).singleElement().satisfies(v -> {
            assertThat(v.channelId()).isEqualTo("x-main");
            assertThat(v.mediaIds()).containsExactly(MEDIA);
        });
    }

    @Test
    void timesWithOffsetIgnoreZoneAndLocalTimesNeedOne() {
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, "t",
                ImportColumn.SCHEDULED_TIME, "2026-05-04T09:30:00+02:00"), NO_DEFAULT_ZONE).request().plannedAt())
                .isEqualTo(Instant.parse("2026-05-04T07:30:00Z"));
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, "t",
                ImportColumn.SCHEDULED_TIME, "2026-05-04 09:30"), ZoneId.of("UTC")).request().plannedAt())
                .isEqualTo(Instant.parse("2026-05-04T09:30:00Z"));
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, "t",
                ImportColumn.SCHEDULED_TIME, "2026-05-04T09:30"), NO_DEFAULT_ZONE).errors())
                .extracting(RowError::column).containsExactly("scheduled_time");
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, "t",
                ImportColumn.SCHEDULED_TIME, "2026-05-04T09:30", ImportColumn.ZONE, "Mars/Olympus"), NO_DEFAULT_ZONE).errors())
                .extracting(RowError::column).containsExactly("zone");
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, "t",
                ImportColumn.SCHEDULED_TIME, "next Tuesday"), NO_DEFAULT_ZONE).errors())
                .extracting(RowError::column).containsExactly("scheduled_time");
    }

    @Test
    void everyBadCellIsReportedWithItsColumn() {
        RowInterpreter.Outcome outcome = interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, "Look",
                ImportColumn.MEDIA, "https://cdn.example.com/a.png|" + UUID.randomUUID() + "|nonsense",
                ImportColumn.PILLAR, "astrology", ImportColumn.CAMPAIGN, "Unknown campaign"), NO_DEFAULT_ZONE);

        assertThat(outcome.request()).isNull();
        assertThat(outcome.errors()).extracting(RowError::column)
                .containsExactlyInAnyOrder("media", "media", "media", "pillar", "campaign");
        assertThat(outcome.errors()).filteredOn(e -> e.message().contains("is a URL")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("POST /media"));
    }

    @Test
    void titleDefaultsToTheFirstLineCutAtEightyCodePoints() {
        String longLine = "😀".repeat(100);
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.TEXT, longLine + "\nsecond"), NO_DEFAULT_ZONE)
                .request().title()).isEqualTo("😀".repeat(79) + "…");
        assertThat(interpret(Map.of(ImportColumn.CHANNEL, "x", ImportColumn.MEDIA, MEDIA.toString()), NO_DEFAULT_ZONE)
                .request().title()).isEqualTo("Imported post (row 7)");
    }

    private static RowInterpreter.Outcome interpret(Map<ImportColumn, String> cells, ZoneId defaultZone) {
        return RowInterpreter.interpret(new ImportRow(7, new EnumMap<>(cells), List.of()), LIBRARY, defaultZone);
    }
}
