package io.sosmed.content.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Storage keys of a media item: content-addressed per workspace, so identical bytes in one workspace share one
 * directory, {@code <workspace>/<sha256[0..2]>/<sha256>/}, holding {@code original}, {@code thumbnail.jpg},
 * {@code cover} and {@code subtitles/<language>.<srt|vtt>}.
 */
final class MediaLayout {

    private static final Pattern PLAIN_WORKSPACE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private MediaLayout() {
    }

    static String original(String workspaceId, String sha256) {
        return directory(workspaceId, sha256) + "original";
    }

    static String thumbnail(String workspaceId, String sha256) {
        return directory(workspaceId, sha256) + "thumbnail.jpg";
    }

    static String cover(String workspaceId, String sha256) {
        return directory(workspaceId, sha256) + "cover";
    }

    static String subtitles(String workspaceId, String sha256, String language, SubtitleFormat format) {
        return directory(workspaceId, sha256) + "subtitles/" + language + "." + format.extension();
    }

    private static String directory(String workspaceId, String sha256) {
        return workspaceSegment(workspaceId) + "/" + sha256.substring(0, 2) + "/" + sha256 + "/";
    }

    /** Workspace ids that are not plain path segments are stored under a digest of the id. */
    private static String workspaceSegment(String workspaceId) {
        if (PLAIN_WORKSPACE.matcher(workspaceId).matches()) {
            return workspaceId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(workspaceId.getBytes(StandardCharsets.UTF_8));
            return "ws-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
