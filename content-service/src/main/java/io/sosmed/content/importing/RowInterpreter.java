package io.sosmed.content.importing;

import io.sosmed.content.post.PostRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns one CSV row into the request of a post with one variant, or into the row's errors. Media must already be
 * in the workspace's media library: a URL is refused with an error saying so (nothing is fetched).
 */
final class RowInterpreter {

    /** Longest title derived from the text when the row has none. */
    static final int DERIVED_TITLE_LENGTH = 80;
    private static final Pattern URL = Pattern.compile("(?i)https?://.*");

    private RowInterpreter() {
    }

    /** The row's post, or its errors; never both. */
    record Outcome(ImportRow row, PostRequest request, List<RowError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Outcome interpret(ImportRow row, WorkspaceLibrary library, ZoneId defaultZone) {
        List<RowError> errors = new ArrayList<>(row.shapeErrors());
        String text = row.get(ImportColumn.TEXT);
        List<UUID> media = media(row.get(ImportColumn.MEDIA), library, errors);
        if (text == null && media.isEmpty()) {
            errors.add(RowError.of(ImportColumn.TEXT, "is empty; a post needs text or media"));
        }
        Instant plannedAt = null;
        String scheduled = row.get(ImportColumn.SCHEDULED_TIME);
        if (scheduled != null) {
            try {
                plannedAt = ScheduledTimes.parse(scheduled, row.get(ImportColumn.ZONE), defaultZone);
            } catch (ScheduledTimes.Invalid e) {
                errors.add(e.error);
            }
        }
        String pillar = row.get(ImportColumn.PILLAR);
        if (pillar != null && !library.pillars().contains(pillar)) {
            errors.add(RowError.of(ImportColumn.PILLAR, "no pillar '" + pillar + "' in this workspace"));
        }
        UUID campaignId = null;
        String campaign = row.get(ImportColumn.CAMPAIGN);
        if (campaign != null) {
            campaignId = library.campaign(campaign).orElse(null);
            if (campaignId == null) {
                errors.add(RowError.of(ImportColumn.CAMPAIGN, "no campaign '" + campaign + "' (by id or name) in this workspace"));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(row, null, errors);
        }
        String body = text == null ? "" : text;
        PostRequest request = new PostRequest(title(row, body), campaignId, pillar, tags(row.get(ImportColumn.TAGS)), null,
                List.of(new PostRequest.VariantRequest(row.get(ImportColumn.CHANNEL), body, media, null, null, Map.of())),
                plannedAt);
        return new Outcome(row, request, List.of());
    }

    private static List<UUID> media(String cell, WorkspaceLibrary library, List<RowError> errors) {
        List<UUID> ids = new ArrayList<>();
        for (String reference : split(cell)) {
            if (URL.matcher(reference).matches()) {
                errors.add(RowError.of(ImportColumn.MEDIA, "'" + reference + "' is a URL; upload the file with POST /media"
                        + " first and put its media id here (URLs are not fetched)"));
                continue;
            }
            try {
                UUID id = UUID.fromString(reference);
                if (library.media().contains(id)) {
                    ids.add(id);
                } else {
                    errors.add(RowError.of(ImportColumn.MEDIA, "no media " + reference + " in this workspace"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(RowError.of(ImportColumn.MEDIA, "'" + reference + "' is neither a media id nor a URL"));
            }
        }
        return ids;
    }

    private static List<String> tags(String cell) {
        return split(cell);
    }

    /** The cell's values between {@code |}, stripped, without empty ones. */
    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(Pattern.quote(ImportColumn.LIST_SEPARATOR))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String title(ImportRow row, String text) {
        String title = row.get(ImportColumn.TITLE);
        if (title != null) {
            return title;
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) {
            return "Imported post (row " + row.row() + ")";
        }
        if (firstLine.codePointCount(0, firstLine.length()) <= DERIVED_TITLE_LENGTH) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, DERIVED_TITLE_LENGTH - 1)) + "…";
    }
}
