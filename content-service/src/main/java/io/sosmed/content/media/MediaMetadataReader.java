package io.sosmed.content.media;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.gif.GifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.mp4.Mp4MetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.quicktime.QuickTimeMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads dimensions of images and duration, frame rate, codec and dimensions of videos with metadata-extractor. */
@ApplicationScoped
public class MediaMetadataReader {

    /** Reads the metadata of a file already known to be {@code format}; refuses a file its headers contradict. */
    public MediaMetadata read(Path file, MediaFormat format) {
        MediaMetadata metadata;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            metadata = switch (format) {
                case PNG -> png(PngMetadataReader.readMetadata(in));
                case JPEG -> jpeg(JpegMetadataReader.readMetadata(in));
                case GIF -> image(GifMetadataReader.readMetadata(in), GifHeaderDirectory.class,
                        GifHeaderDirectory.TAG_IMAGE_WIDTH, GifHeaderDirectory.TAG_IMAGE_HEIGHT);
                case WEBP -> image(WebpMetadataReader.readMetadata(in), WebpDirectory.class,
                        WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT);
                case MP4 -> mp4(Mp4MetadataReader.readMetadata(in));
                case QUICKTIME -> quickTime(QuickTimeMetadataReader.readMetadata(in));
            };
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            throw MediaProblems.unreadable(format, "its headers cannot be read");
        }
        if (metadata == null || metadata.width() == null || metadata.height() == null
                || metadata.width() <= 0 || metadata.height() <= 0) {
            throw MediaProblems.unreadable(format, format.kind() == MediaKind.VIDEO
                    ? "it has no video track with known dimensions" : "its dimensions cannot be read");
        }
        return metadata;
    }

    private static MediaMetadata png(Metadata metadata) {
        for (PngDirectory directory : metadata.getDirectoriesOfType(PngDirectory.class)) {
            if (directory.containsTag(PngDirectory.TAG_IMAGE_WIDTH)) {
                Integer width = directory.getInteger(PngDirectory.TAG_IMAGE_WIDTH);
                Integer height = directory.getInteger(PngDirectory.TAG_IMAGE_HEIGHT);
                return width == null || height == null ? null : MediaMetadata.image(width, height, orientation(metadata));
            }
        }
        return null;
    }

    private static MediaMetadata jpeg(Metadata metadata) {
        return image(metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT);
    }

    private static MediaMetadata image(Metadata metadata, Class<? extends Directory> type, int widthTag, int heightTag) {
        Directory directory = metadata.getFirstDirectoryOfType(type);
        if (directory == null) {
            return null;
        }
        Integer width = directory.getInteger(widthTag);
        Integer height = directory.getInteger(heightTag);
        return width == null || height == null ? null : MediaMetadata.image(width, height, orientation(metadata));
    }

    private static int orientation(Metadata metadata) {
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer orientation = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return orientation == null || orientation < 1 || orientation > 8 ? 1 : orientation;
    }

    private static MediaMetadata mp4(Metadata metadata) {
        Mp4Directory movie = metadata.getFirstDirectoryOfType(Mp4Directory.class);
        Mp4VideoDirectory video = metadata.getFirstDirectoryOfType(Mp4VideoDirectory.class);
        if (movie == null || video == null) {
            return null;
        }
        return video(movie, Mp4Directory.TAG_DURATION_SECONDS, Mp4Directory.TAG_ROTATION, video,
                Mp4VideoDirectory.TAG_WIDTH, Mp4VideoDirectory.TAG_HEIGHT, Mp4VideoDirectory.TAG_FRAME_RATE,
                Mp4VideoDirectory.TAG_COMPRESSION_TYPE);
    }

    private static MediaMetadata quickTime(Metadata metadata) {
        QuickTimeDirectory movie = metadata.getFirstDirectoryOfType(QuickTimeDirectory.class);
        QuickTimeVideoDirectory video = metadata.getFirstDirectoryOfType(QuickTimeVideoDirectory.class);
        if (movie == null || video == null) {
            return null;
        }
        return video(movie, QuickTimeDirectory.TAG_DURATION_SECONDS, QuickTimeDirectory.TAG_ROTATION, video,
                QuickTimeVideoDirectory.TAG_WIDTH, QuickTimeVideoDirectory.TAG_HEIGHT,
                QuickTimeVideoDirectory.TAG_FRAME_RATE, QuickTimeVideoDirectory.TAG_COMPRESSION_TYPE);
    }

    private static MediaMetadata video(Directory movie, int durationTag, int rotationTag, Directory video, int widthTag,
            int heightTag, int frameRateTag, int codecTag) {
        Integer width = video.getInteger(widthTag);
        Integer height = video.getInteger(heightTag);
        if (width == null || height == null) {
            return null;
        }
        Double rotation = movie.getDoubleObject(rotationTag);
        boolean quarterTurn = rotation != null && Math.abs(Math.round(rotation) % 180) == 90;
        Rational duration = movie.getRational(durationTag);
        Double seconds = duration == null || duration.getDenominator() == 0 ? null : round(duration.doubleValue(), 3);
        Double frameRate = video.getDoubleObject(frameRateTag);
        String codec = video.getString(codecTag);
        return new MediaMetadata(quarterTurn ? height : width, quarterTurn ? width : height, seconds,
                frameRate == null || frameRate <= 0 ? null : round(frameRate, 3),
                codec == null || codec.isBlank() ? null : codec.strip(), 1);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
