package io.sosmed.content.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * Media test files: small fixtures in {@code src/test/resources/media} (made with ffmpeg) and generated ones that are
 * unique per call, so tests never depend on which test uploaded the same bytes first.
 */
final class MediaFixtures {

    static final String PNG_640X480 = "photo-640x480.png";
    static final String JPEG_400X300 = "cover-400x300.jpg";
    static final String GIF_48X32 = "image-48x32.gif";
    static final String WEBP_64X40 = "photo-64x40.webp";
    /** H.264 160x90, 25 fps, 2.000 s, with an AAC audio track; major brand isom. */
    static final String MP4_160X90 = "clip-160x90-25fps-2s.mp4";
    /** H.264 96x64, 30 fps, 1.000 s; major brand qt. */
    static final String MOV_96X64 = "clip-96x64-30fps-1s.mov";
    /** A text file with a .png name. */
    static final String TEXT_NAMED_PNG = "text-named.png";
    static final String SRT_EN = "subtitles-en.srt";
    static final String VTT_PT = "subtitles-pt.vtt";
    /** Line 2 has "->" instead of "-->", cue 2 ends before it starts. */
    static final String SRT_BROKEN = "subtitles-broken.srt";

    private MediaFixtures() {
    }

    static Path path(String fixture) {
        try {
            return Path.of(MediaFixtures.class.getResource("/media/" + fixture).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = MediaFixtures.class.getResourceAsStream("/media/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG no test has uploaded before: a random colour with a random stripe. */
    static byte[] uniquePng(int width, int height) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(0x1000000)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(random.nextInt(0x1000000)));
        g.fillRect(random.nextInt(width), 0, 1 + random.nextInt(8), height);
        g.dispose();
        return encode(image, "png");
    }

    /** The MP4 fixture with a trailing {@code free} box holding a random id: still valid, never seen before. */
    static byte[] uniqueMp4() {
        byte[] clip = bytes(MP4_160X90);
        byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(clip.length + 8 + id.length)
                .put(clip)
                .putInt(8 + id.length)
                .put("free".getBytes(StandardCharsets.US_ASCII))
                .put(id)
                .array();
    }

    /**
     * A 40x20 JPEG whose left half is red and right half blue, stored sideways: its EXIF orientation is
     * {@code orientation}, so viewers show it rotated.
     */
    static byte[] jpegWithOrientation(int orientation) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        byte[] jpeg = encode(image, "jpeg");
        int app0End = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        byte[] exif = ByteBuffer.allocate(36)
                .put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0)
                .array();
        return ByteBuffer.allocate(jpeg.length + exif.length)
                .put(jpeg, 0, app0End).put(exif).put(jpeg, app0End, jpeg.length - app0End)
                .array();
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
