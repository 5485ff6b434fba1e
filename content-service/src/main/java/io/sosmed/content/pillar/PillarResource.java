package io.sosmed.content.pillar;

import io.sosmed.content.library.LibraryPage;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Content pillars of a workspace, its target mix and the actual mix: editors and admins write, every member
 * reads. A workspace starts with education 40%, product 20%, community 20% and promotion 20%.
 */
@Path("/api/v1/workspaces/{workspaceId}/pillars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Content pillars")
@SecurityRequirement(name = "SecurityScheme")
public class PillarResource {

    private static final String TARGETS_EXAMPLE = """
            {"targets":[{"pillar":"education","percent":40},{"pillar":"product","percent":20},
                        {"pillar":"community","percent":20},{"pillar":"promotion","percent":20}]}""";

    private final PillarService pillars;

    public PillarResource(PillarService pillars) {
        this.pillars = pillars;
    }

    @POST
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Add a pillar; it joins the target mix through PUT /pillars/targets")
    @APIResponse(responseCode = "201", description = "Created; Location points at the pillar")
    @APIResponse(responseCode = "409", description = "The key is already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull PillarRequest body, UriInfo uri) {
        PillarResponse created = PillarResponse.of(pillars.create(workspaceId, body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "List pillars, newest first, with cursor pagination")
    public LibraryPage<PillarResponse> list(@PathParam("workspaceId") String workspaceId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return pillars.list(workspaceId, cursor, limit);
    }

    @GET
    @Path("targets")
    @AnyMember
    @Operation(summary = "The target mix: each pillar's planned percentage of posts")
    public TargetMix targets(@PathParam("workspaceId") String workspaceId) {
        return pillars.targets(workspaceId);
    }

    @PUT
    @Path("targets")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Replace the target mix; percentages of known pillars must sum to 100 (an empty list clears it)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "default", value = TARGETS_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Unknown or repeated pillar, or a sum other than 100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetMix replaceTargets(@PathParam("workspaceId") String workspaceId, @Valid @NotNull TargetMix body) {
        return pillars.replaceTargets(workspaceId, body);
    }

    @GET
    @Path("mix")
    @AnyMember
    @Operation(summary = "Actual mix of live posts dated from..to (inclusive days in zone, default UTC) against the"
            + " target; a post's date is its plannedAt, else its creation time")
    public PillarMix mix(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") @DefaultValue("UTC") String zone) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw invalid("to", "must not be before from");
        }
        return pillars.mix(workspaceId, start, end, zone(zone));
    }

    @GET
    @Path("{key}")
    @AnyMember
    @Operation(summary = "One pillar")
    public PillarResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("key") String key) {
        return PillarResponse.of(pillars.get(workspaceId, key));
    }

    @PUT
    @Path("{key}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Rename or describe a pillar; its key never changes")
    public PillarResponse update(@PathParam("workspaceId") String workspaceId, @PathParam("key") String key,
            @Valid @NotNull PillarUpdate body) {
        return PillarResponse.of(pillars.update(workspaceId, key, body));
    }

    @DELETE
    @Path("{key}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Delete a pillar no live post uses and that has no share of the target mix")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Posts use it or it is part of the target mix",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("workspaceId") String workspaceId, @PathParam("key") String key) {
        pillars.delete(workspaceId, key);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required, e.g. 2026-05-01");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 date such as 2026-05-01");
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw invalid("zone", "must be an IANA time zone such as Europe/Lisbon");
        }
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "validation", "Request is not valid", name + ": " + message,
                List.of(new Problem.FieldError(name, message)));
    }
}
