package io.sosmed.content.campaign;

import io.sosmed.content.library.LibraryPage;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaigns of a workspace: editors and admins write, every member reads; campaigns are archived, not deleted. */
@Path("/api/v1/workspaces/{workspaceId}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@SecurityRequirement(name = "SecurityScheme")
public class CampaignResource {

    private static final String EXAMPLE = """
            {"name":"Spring launch","startsOn":"2026-03-01","endsOn":"2026-04-15","budget":"12500.00","currency":"EUR"}""";

    private final CampaignService campaigns;
    private final CurrentMember member;

    public CampaignResource(CampaignService campaigns, CurrentMember member) {
        this.campaigns = campaigns;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Create a campaign; emits sosmed.campaign.saved.v1")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "spring", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the campaign")
    @APIResponse(responseCode = "422", description = "Dates out of order, budget without currency or an unknown currency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull CampaignRequest body,
            UriInfo uri) {
        CampaignResponse created = CampaignResponse.of(campaigns.create(workspaceId, member.subject(), body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "List campaigns, newest first, with cursor pagination; archived=true|false filters")
    public LibraryPage<CampaignResponse> list(@PathParam("workspaceId") String workspaceId,
            @QueryParam("archived") String archived, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return campaigns.list(workspaceId, archivedFilter(archived), cursor, limit);
    }

    /** null (no filter) when absent; anything but true or false is a 400 naming the parameter. */
    private static Boolean archivedFilter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ProblemException(400, "validation", "Request is not valid", "archived: must be true or false",
                    List.of(new Problem.FieldError("archived", "must be true or false")));
        };
    }

    @GET
    @Path("{campaignId}")
    @AnyMember
    @Operation(summary = "One campaign")
    public CampaignResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("campaignId") UUID campaignId) {
        return CampaignResponse.of(campaigns.get(workspaceId, campaignId));
    }

    @PUT
    @Path("{campaignId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Replace a campaign (archived=true archives it); emits sosmed.campaign.saved.v1")
    public CampaignResponse replace(@PathParam("workspaceId") String workspaceId,
            @PathParam("campaignId") UUID campaignId, @Valid @NotNull CampaignRequest body) {
        return CampaignResponse.of(campaigns.replace(workspaceId, campaignId, body));
    }
}
