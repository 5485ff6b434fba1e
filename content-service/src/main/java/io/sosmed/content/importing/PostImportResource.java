package io.sosmed.content.importing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of draft posts from CSV. */
@Path("/api/v1/workspaces/{workspaceId}/posts/import")
@Tag(name = "Posts")
@SecurityRequirement(name = "SecurityScheme")
public class PostImportResource {

    static final String CSV = "text/csv";
    /** Some part of the rows were stored (WebDAV Multi-Status, RFC 4918). */
    static final int MULTI_STATUS = 207;
    private static final String EXAMPLE = """
            channel,text,media,scheduled_time,zone,title,pillar,tags,campaign
            x-main,"Join us, live! #webinar",,2026-05-04T09:30,Europe/Lisbon,Webinar,education,webinar|live,Spring launch
            ig-brand,New drop,0d5f6c3e-6f1e-4f7e-9f55-3c1d2b7a9e10,2026-05-05T12:00:00Z,,,product,,
            """;

    private final PostImporter importer;
    private final CurrentMember member;

    public PostImportResource(PostImporter importer, CurrentMember member) {
        this.importer = importer;
        this.member = member;
    }

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Import draft posts from a UTF-8 CSV with a header row; one row = one post with one variant."
            + " Columns: channel, text (required), media (media ids, |-separated; URLs are refused: upload first),"
            + " scheduled_time (ISO-8601 with offset, or local with the zone column or ?zone=; becomes plannedAt),"
            + " zone, title (default: the text's first line), pillar, tags (|-separated), campaign (id or name)")
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "two rows", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Every row was imported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "207", description = "Not atomic: the valid rows were imported, the others are reported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Nothing was imported: atomic with any bad row, or every row bad;"
            + " the body is problem+json with the whole per-row report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportRejected.class)))
    @APIResponse(responseCode = "400", description = "Not UTF-8, broken CSV, unknown or missing columns",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More rows than sosmed.import.max-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importPosts(@PathParam("workspaceId") String workspaceId,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic, @QueryParam("zone") String zone,
            InputStream body) {
        ImportReport report = importer.importCsv(workspaceId, member.subject(), body, atomic, zone(zone));
        if (report.created() == 0 && report.failed() > 0) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(ImportRejected.of(report)).build();
        }
        int status = report.failed() > 0 ? MULTI_STATUS : Response.Status.OK.getStatusCode();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(report).build();
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new ProblemException(400, "validation", "Request is not valid", "zone: not an IANA time zone",
                    List.of(new Problem.FieldError("zone", "must be an IANA time zone such as Europe/Lisbon")));
        }
    }
}
