package io.sosmed.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.ProblemException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type detection from content, metadata extraction and thumbnails, on real files. */
class MediaInspectionTest {

    private static final int THUMBNAIL_EDGE = 320;

    private final MediaTypeDetector detector = new MediaTypeDetector();
    private final MediaMetadataReader reader = new MediaMetadataReader();
    private final ThumbnailRenderer thumbnails = new ThumbnailRenderer(THUMBNAIL_EDGE, 100_000_000L);

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
            MediaFixtures.PNG_640X480 + ", image/png",
            MediaFixtures.JPEG_400X300 + ", image/jpeg",
            MediaFixtures.GIF_48X32 + ", image/gif",
            MediaFixtures.WEBP_64X40 + ", image/webp",
            MediaFixtures.MP4_160X90 + ", video/mp4",
            MediaFixtures.MOV_96X64 + ", video/quicktime",
            MediaFixtures.TEXT_NAMED_PNG + ", text/plain",
            MediaFixtures.SRT_EN + ", application/x-subrip"})
    void detectsTheTypeFromTheBytes(String fixture, String expected) {
        assertThat(detector.detect(MediaFixtures.path(fixture))).isEqualTo(expected);
    }

    @Test
    void fileNameAndExtensionDoNotInfluenceDetection() throws IOException {
        Path pngNamedMp4 = write("holiday.mp4", MediaFixtures.bytes(MediaFixtures.PNG_640X480));
        Path mp4NamedJpg = write("holiday.jpg", MediaFixtures.bytes(MediaFixtures.MP4_160X90));

        assertThat(detector.detect(pngNamedMp4)).isEqualTo("image/png");
        assertThat(detector.detect(mp4NamedJpg)).isEqualTo("video/mp4");
    }

    @Test
    void isoMediaBrandsTellAudioAndPhoneVideoFromMp4() throws IOException {
        assertThat(detector.detect(write("song.mp4", ftyp("M4A ")))).isEqualTo("audio/mp4");
        assertThat(detector.detect(write("phone.mp4", ftyp("3gp4")))).isEqualTo("video/3gpp");
        assertThat(detector.detect(write("clip.mov", ftyp("mp42")))).isEqualTo("video/mp4");
        assertThat(MediaFormat.ofMediaType("audio/mp4")).isEmpty();
    }

    @Test
    void readsImageDimensions() {
        assertThat(read(MediaFixtures.PNG_640X480, MediaFormat.PNG)).isEqualTo(new MediaMetadata(640, 480, null, null, null, 1));
        assertThat(read(MediaFixtures.JPEG_400X300, MediaFormat.JPEG)).isEqualTo(new MediaMetadata(400, 300, null, null, null, 1));
        assertThat(read(MediaFixtures.GIF_48X32, MediaFormat.GIF)).isEqualTo(new MediaMetadata(48, 32, null, null, null, 1));
        assertThat(read(MediaFixtures.WEBP_64X40, MediaFormat.WEBP)).isEqualTo(new MediaMetadata(64, 40, null, null, null, 1));
    }

    @Test
    void readsMp4DurationFrameRateCodecAndDimensions() {
        MediaMetadata mp4 = read(MediaFixtures.MP4_160X90, MediaFormat.MP4);

        assertThat(mp4.width()).isEqualTo(160);
        assertThat(mp4.height()).isEqualTo(90);
        assertThat(mp4.durationSeconds()).isEqualTo(2.0);
        assertThat(mp4.frameRate()).isEqualTo(25.0);
        assertThat(mp4.codec()).isEqualTo("H.264");
    }

    @Test
    void readsQuickTimeMetadata() {
        assertThat(read(MediaFixtures.MOV_96X64, MediaFormat.QUICKTIME))
                .isEqualTo(new MediaMetadata(96, 64, 1.0, 30.0, "H.264", 1));
    }

    @Test
    void exifOrientationSwapsDisplayedDimensions() throws IOException {
        Path sideways = write("sideways.jpg", MediaFixtures.jpegWithOrientation(6));

        MediaMetadata metadata = reader.read(sideways, MediaFormat.JPEG);

        assertThat(metadata.width()).isEqualTo(20);
        assertThat(metadata.height()).isEqualTo(40);
        assertThat(metadata.orientation()).isEqualTo(6);
    }

    @Test
    void damagedHeadersAreRefusedAs422() throws IOException {
        byte[] signatureOnly = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 1, 'x'};
        Path broken = write("broken.png", signatureOnly);

        assertThatThrownBy(() -> reader.read(broken, MediaFormat.PNG))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.slug()).isEqualTo("unreadable-media");
                });
    }

    @Test
    void audioOnlyMp4IsRefusedForLackingAVideoTrack() throws IOException {
        Path audioOnly = write("audio.mp4", ftyp("isom"));

        assertThatThrownBy(() -> reader.read(audioOnly, MediaFormat.MP4))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void thumbnailFitsTheLongestEdgeAndKeepsTheAspectRatio() {
        byte[] jpeg = thumbnail(MediaFixtures.PNG_640X480, MediaFormat.PNG).orElseThrow();

        BufferedImage image = MediaFixtures.decode(jpeg);
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void smallImagesAreNotEnlarged() {
        BufferedImage image = MediaFixtures.decode(thumbnail(MediaFixtures.GIF_48X32, MediaFormat.GIF).orElseThrow());

        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(image.getHeight()).isEqualTo(32);
    }

    @Test
    void largeImagesAreSubsampledToTheThumbnailSize() throws IOException {
        Path large = write("large.png", MediaFixtures.uniquePng(3000, 1000));
        MediaMetadata metadata = reader.read(large, MediaFormat.PNG);

        BufferedImage image = MediaFixtures.decode(thumbnails.render(large, MediaFormat.PNG, metadata).orElseThrow());

        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(107);
    }

    @Test
    void thumbnailFollowsExifOrientation() throws IOException {
        Path sideways = write("sideways.jpg", MediaFixtures.jpegWithOrientation(6));
        MediaMetadata metadata = reader.read(sideways, MediaFormat.JPEG);

        BufferedImage image = MediaFixtures.decode(thumbnails.render(sideways, MediaFormat.JPEG, metadata).orElseThrow());

        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
        // Rotated 90 degrees clockwise: the red left half of the stored image is now the top.
        assertThat(isRed(new Color(image.getRGB(10, 5)))).isTrue();
        assertThat(isRed(new Color(image.getRGB(10, 35)))).isFalse();
    }

    @Test
    void webpAndOversizedSourcesGetNoThumbnail() {
        assertThat(thumbnail(MediaFixtures.WEBP_64X40, MediaFormat.WEBP)).isEmpty();
        ThumbnailRenderer frugal = new ThumbnailRenderer(THUMBNAIL_EDGE, 1000);
        Path png = MediaFixtures.path(MediaFixtures.PNG_640X480);
        assertThat(frugal.render(png, MediaFormat.PNG, reader.read(png, MediaFormat.PNG))).isEmpty();
    }

    private MediaMetadata read(String fixture, MediaFormat format) {
        return reader.read(MediaFixtures.path(fixture), format);
    }

    private Optional<byte[]> thumbnail(String fixture, MediaFormat format) {
        Path file = MediaFixtures.path(fixture);
        return thumbnails.render(file, format, reader.read(file, format));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    /** An ISO base media file holding only an {@code ftyp} box with the given major brand. */
    private static byte[] ftyp(String brand) {
        return ByteBuffer.allocate(20).putInt(20).put("ftyp".getBytes()).put(brand.getBytes())
                .putInt(0).put("isom".getBytes()).array();
    }

    private static boolean isRed(Color color) {
        return color.getRed() > 180 && color.getBlue() < 90;
    }
}
