package io.sosmed.content.media;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders a JPEG thumbnail of an image with the JDK's ImageIO: longest edge at most the configured size, EXIF
 * orientation applied, transparency flattened onto white. Large sources are subsampled while decoding, so memory
 * stays proportional to the thumbnail, not to the original.
 */
@ApplicationScoped
public class ThumbnailRenderer {

    public static final String MEDIA_TYPE = "image/jpeg";
    private static final Set<MediaFormat> DECODABLE = Set.of(MediaFormat.PNG, MediaFormat.JPEG, MediaFormat.GIF);
    private static final float JPEG_QUALITY = 0.85f;

    private final int maxEdge;
    private final long maxSourcePixels;

    @Inject
    public ThumbnailRenderer(MediaConfig config) {
        this(config.thumbnailSize(), config.thumbnailMaxSourcePixels());
    }

    ThumbnailRenderer(int maxEdge, long maxSourcePixels) {
        this.maxEdge = maxEdge;
        this.maxSourcePixels = maxSourcePixels;
    }

    /**
     * The thumbnail's JPEG bytes, or empty when the JDK cannot decode the format (WebP), the image is larger than
     * the configured pixel budget, or its pixel data is damaged (its headers were readable, so it is still accepted).
     */
    public Optional<byte[]> render(Path source, MediaFormat format, MediaMetadata metadata) {
        if (!DECODABLE.contains(format) || (long) metadata.width() * metadata.height() > maxSourcePixels) {
            return Optional.empty();
        }
        try {
            BufferedImage decoded = decode(source, Math.max(metadata.width(), metadata.height()));
            if (decoded == null) {
                return Optional.empty();
            }
            return Optional.of(jpeg(orient(scale(decoded), metadata.orientation())));
        } catch (IOException | RuntimeException e) {
            Log.warnf("No thumbnail for a %s image: %s", format.mediaType(), e.getMessage());
            return Optional.empty();
        }
    }

    private BufferedImage decode(Path source, int longestEdge) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longestEdge / (2 * maxEdge));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private BufferedImage scale(BufferedImage source) {
        double factor = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Applies an EXIF orientation (1-8) so the thumbnail shows the picture the way cameras and browsers do. */
    static BufferedImage orient(BufferedImage source, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean quarterTurn = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.rotate(Math.PI / 2); t.scale(-1, 1); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage target = new BufferedImage(quarterTurn ? h : w, quarterTurn ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
