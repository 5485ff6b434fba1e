package io.sosmed.content.media;

import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.InternalServices;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The media library of a workspace: uploads, metadata, bytes, thumbnails, video covers and subtitles. */
@Path("/api/v1/workspaces/{workspaceId}/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media")
@SecurityRequirement(name = "SecurityScheme")
public class MediaResource {

    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    /** An original never changes under a media id, so caches may keep it; private because it needs a token. */
    private static final CacheControl IMMUTABLE = CacheControl.valueOf("private, max-age=31536000, immutable");
    /** Covers (and so video thumbnails) can be replaced: revalidate with the ETag. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    private final MediaService media;
    private final MediaUploads uploads;
    private final MediaStorage storage;
    private final CurrentMember member;

    public MediaResource(MediaService media, MediaUploads uploads, MediaStorage storage, CurrentMember member) {
        this.media = media;
        this.uploads = uploads;
        this.storage = storage;
        this.member = member;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Upload an image or video",
            description = "Multipart part `file` (PNG, JPEG, GIF, WebP, MP4 or QuickTime; the type is detected from "
                    + "the bytes) and optional `altText`. The same bytes uploaded again to the workspace return the "
                    + "existing item with 200 instead of 201, and nothing new is stored.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the item",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "200", description = "These bytes are already in the library; the existing item",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "413", description = "Larger than sosmed.media.max-upload-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The content is not a supported image or video",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The content has a supported type but cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("workspaceId") String workspaceId, @RestForm("file") FileUpload file,
            @RestForm("altText") String altText) {
        MediaUploads.Outcome outcome = uploads.upload(workspaceId, member.subject(), uploaded(file), altText);
        MediaResponse body = MediaResponse.of(outcome.media());
        URI location = URI.create(body.links().self());
        return outcome.created()
                ? Response.created(location).entity(body).build()
                : Response.ok(body).contentLocation(location).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "List the workspace's media, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MediaPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MediaPage list(@PathParam("workspaceId") String workspaceId,
            @Parameter(description = "Page size, 1-100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only images or only videos") @QueryParam("kind") MediaKind kind) {
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        MediaService.Page page = media.list(workspaceId, kind, after, limit);
        return new MediaPage(page.items().stream().map(MediaResponse::of).toList(),
                page.next() == null ? null : page.next().encode());
    }

    @GET
    @Path("{mediaId}")
    @AnyMember
    @InternalServices
    @Operation(summary = "Metadata of one media item")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "404", description = "No such media in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MediaResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId) {
        return MediaResponse.of(media.get(workspaceId, mediaId));
    }

    @PATCH
    @Path("{mediaId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Change the alternative text", description = "`{\"altText\": null}` removes it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", description = "Alt text too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MediaResponse update(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            @Valid @NotNull MediaUpdateRequest body) {
        return MediaResponse.of(media.updateAltText(workspaceId, mediaId, body.altText()));
    }

    @GET
    @Path("{mediaId}/content")
    @Produces(MediaType.WILDCARD)
    @AnyMember
    @InternalServices
    @Operation(summary = "The media's bytes, as uploaded",
            description = "Streams the original with its detected Content-Type; ETag is the SHA-256. Services "
                    + "(e.g. schedule-service publishing to a network) call it with a service token.")
    @APIResponse(responseCode = "200", description = "The bytes")
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "404", description = "No such media in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response content(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            Request request) {
        Media item = media.get(workspaceId, mediaId);
        return stream(request, item.storageKey, item.contentType, item.sizeBytes, item.sha256, IMMUTABLE,
                item.fileName, () -> MediaProblems.notFound(mediaId));
    }

    @GET
    @Path("{mediaId}/thumbnail")
    @Produces(MediaType.WILDCARD)
    @AnyMember
    @Operation(summary = "JPEG thumbnail: of an image, or of a video's cover")
    @APIResponse(responseCode = "200", description = "image/jpeg")
    @APIResponse(responseCode = "404", description = "No such media, or it has no thumbnail",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response thumbnail(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            Request request) {
        Media item = media.get(workspaceId, mediaId);
        if (item.thumbnailKey == null) {
            throw MediaProblems.noThumbnail(mediaId);
        }
        return stream(request, item.thumbnailKey, ThumbnailRenderer.MEDIA_TYPE, null,
                item.sha256 + "-thumbnail-" + item.version, REVALIDATE, null, () -> MediaProblems.noThumbnail(mediaId));
    }

    @POST
    @Path("{mediaId}/cover")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Set a video's custom thumbnail",
            description = "Multipart part `file`: a PNG, JPEG, GIF or WebP image. Replaces an earlier cover; the "
                    + "video's thumbnail is rendered from it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "409", description = "The media is an image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The file is not a supported image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MediaResponse setCover(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            @RestForm("file") FileUpload file) {
        return MediaResponse.of(uploads.setCover(workspaceId, mediaId, uploaded(file)));
    }

    @GET
    @Path("{mediaId}/cover")
    @Produces(MediaType.WILDCARD)
    @AnyMember
    @InternalServices
    @Operation(summary = "A video's custom thumbnail image, as uploaded")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No such media, or it has no cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cover(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            Request request) {
        Media item = media.get(workspaceId, mediaId);
        if (!item.hasCover()) {
            throw MediaProblems.noCover(mediaId);
        }
        return stream(request, item.cover.storageKey, item.cover.contentType, item.cover.sizeBytes,
                item.sha256 + "-cover-" + item.version, REVALIDATE, null, () -> MediaProblems.noCover(mediaId));
    }

    @POST
    @Path("{mediaId}/subtitles")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Add or replace a video's subtitles in one language",
            description = "Multipart parts `file` (SubRip .srt or WebVTT .vtt, UTF-8, checked line by line) and "
                    + "`language` (BCP 47, e.g. en or pt-BR). 201 for a new language, 200 when it replaces one.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the subtitle file",
            content = @Content(schema = @Schema(implementation = MediaResponse.Subtitles.class)))
    @APIResponse(responseCode = "400", description = "Invalid subtitles (errors name the lines) or language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The media is an image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putSubtitles(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            @RestForm("file") FileUpload file, @RestForm("language") String language) {
        MediaUploads.SubtitlesOutcome outcome = uploads.putSubtitles(workspaceId, mediaId, language, uploaded(file));
        MediaResponse.Subtitles body = MediaResponse.Subtitles.of(MediaResponse.path(workspaceId, mediaId),
                outcome.subtitles());
        return outcome.created()
                ? Response.created(URI.create(body.href())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("{mediaId}/subtitles/{language}")
    @Produces(MediaType.WILDCARD)
    @AnyMember
    @InternalServices
    @Operation(summary = "A video's subtitle file in one language",
            description = "application/x-subrip or text/vtt, as uploaded.")
    @APIResponse(responseCode = "200", description = "The subtitle file")
    @APIResponse(responseCode = "404", description = "No such media, or no subtitles in that language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subtitles(@PathParam("workspaceId") String workspaceId, @PathParam("mediaId") UUID mediaId,
            @PathParam("language") String language) {
        Media item = media.get(workspaceId, mediaId);
        MediaSubtitle found = item.subtitles.stream()
                .filter(s -> s.language.equalsIgnoreCase(language)).findFirst()
                .orElseThrow(() -> MediaProblems.noSubtitles(mediaId, language));
        InputStream in = open(found.storageKey).orElseThrow(() -> MediaProblems.noSubtitles(mediaId, language));
        return Response.ok(in, found.format.mediaType() + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_LENGTH, found.sizeBytes)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Response stream(Request request, String key, String contentType, Long sizeBytes, String etag,
            CacheControl caching, String fileName, Supplier<RuntimeException> missing) {
        EntityTag tag = new EntityTag(etag);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(caching).build();
        }
        InputStream in = open(key).orElseThrow(missing);
        Response.ResponseBuilder response = Response.ok(in, contentType)
                .tag(tag)
                .cacheControl(caching)
                .header("X-Content-Type-Options", "nosniff");
        if (sizeBytes != null) {
            response.header(HttpHeaders.CONTENT_LENGTH, sizeBytes);
        }
        if (fileName != null) {
            response.header("Content-Disposition", "inline; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._ -]", "_") + "\"");
        }
        return response.build();
    }

    private Optional<InputStream> open(String key) {
        try {
            return storage.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UploadedFile uploaded(FileUpload file) {
        return file == null ? null : new UploadedFile(file.uploadedFile(), file.size(), file.fileName());
    }
}
