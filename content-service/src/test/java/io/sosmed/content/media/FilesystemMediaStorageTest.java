package io.sosmed.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemMediaStorageTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String KEY = MediaLayout.original("acme", SHA);

    @TempDir
    Path root;

    @Test
    void storesReadsReplacesAndDeletes() throws IOException {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(root);

        storage.put(KEY, stream("first"));
        storage.put(KEY, stream("second"));

        assertThat(root.resolve("acme/9f/" + SHA + "/original")).hasContent("second");
        try (InputStream in = storage.open(KEY).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        }
        storage.delete(KEY);
        assertThat(storage.exists(KEY)).isFalse();
        assertThat(storage.open(KEY)).isEmpty();
    }

    @Test
    void failedWriteLeavesNeitherObjectNorTemporaryFile() throws IOException {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(root);
        InputStream breaksHalfway = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> storage.put(KEY, breaksHalfway)).isInstanceOf(IOException.class);

        assertThat(storage.exists(KEY)).isFalse();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void startupRemovesOnlyAbandonedTemporaryFiles() throws IOException {
        Path incoming = Files.createDirectories(root.resolve(FilesystemMediaStorage.INCOMING));
        Path abandoned = Files.writeString(incoming.resolve("old.part"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path inFlight = Files.writeString(incoming.resolve("new.part"), "writing");

        new FilesystemMediaStorage(root);

        assertThat(abandoned).doesNotExist();
        assertThat(inFlight).exists();
    }

    @Test
    void keysCannotLeaveTheRoot() {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(root);

        assertThatThrownBy(() -> storage.put("../outside", stream("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.put("/etc/passwd", stream("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.put("acme/../../x", stream("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.put(FilesystemMediaStorage.INCOMING + "/x", stream("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layoutKeepsOddWorkspaceIdsInsideOneSegment() {
        assertThat(MediaLayout.original("acme", SHA)).isEqualTo("acme/9f/" + SHA + "/original");
        assertThat(MediaLayout.thumbnail("acme", SHA)).isEqualTo("acme/9f/" + SHA + "/thumbnail.jpg");
        assertThat(MediaLayout.subtitles("acme", SHA, "pt-BR", SubtitleFormat.WEBVTT))
                .isEqualTo("acme/9f/" + SHA + "/subtitles/pt-BR.vtt");
        assertThat(MediaLayout.original("..", SHA)).matches("ws-[0-9a-f]{32}/9f/" + SHA + "/original");
        assertThat(MediaLayout.original("a/b", SHA)).doesNotStartWith("a/");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
