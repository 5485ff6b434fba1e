package io.sosmed.content.media;

import java.nio.file.Path;

/**
 * A file part of a multipart request, already streamed to a temporary file by the HTTP layer (which deletes it when
 * the request ends); {@code fileName} is the client's name for it, used for display only.
 */
public record UploadedFile(Path path, long size, String fileName) {
}
