package io.sosmed.content.guardrail;

import io.sosmed.content.post.QueryValues;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Brand guardrails of a workspace: admins write them, every member reads them. */
@Path("/api/v1/workspaces/{workspaceId}/guardrails")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Guardrails")
@SecurityRequirement(name = "SecurityScheme")
public class GuardrailResource {

    private static final String EXAMPLE = """
            {"name":"Sponsored posts are disclosed","kind":"REQUIRED_DISCLOSURE","severity":"ERROR",
             "terms":["sponsored","partner"],"disclosures":["#ad","#sponsored"]}""";

    private final GuardrailService guardrails;
    private final CurrentMember member;

    public GuardrailResource(GuardrailService guardrails, CurrentMember member) {
        this.guardrails = guardrails;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Add a guardrail: banned terms, required disclosure, max emoji, link domains or sensitive topics")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "disclosure", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the guardrail",
            content = @Content(schema = @Schema(implementation = GuardrailResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or fields that do not fit the kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull GuardrailRequest body,
            UriInfo uri) {
        GuardrailResponse created = GuardrailResponse.of(guardrails.create(workspaceId, member.subject(), body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "The workspace's guardrails, newest first, optionally of one kind, with cursor pagination")
    public GuardrailPage list(@PathParam("workspaceId") String workspaceId, @QueryParam("kind") String kind,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return guardrails.list(workspaceId, QueryValues.enumValue("kind", kind, GuardrailKind.class), cursor, limit);
    }

    @GET
    @Path("{guardrailId}")
    @AnyMember
    @Operation(summary = "One guardrail")
    public GuardrailResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("guardrailId") UUID id) {
        return GuardrailResponse.of(guardrails.get(workspaceId, id));
    }

    @PUT
    @Path("{guardrailId}")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Replace a guardrail")
    public GuardrailResponse replace(@PathParam("workspaceId") String workspaceId, @PathParam("guardrailId") UUID id,
            @Valid @NotNull GuardrailRequest body) {
        return GuardrailResponse.of(guardrails.replace(workspaceId, id, body));
    }

    @DELETE
    @Path("{guardrailId}")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Remove a guardrail")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("workspaceId") String workspaceId, @PathParam("guardrailId") UUID id) {
        guardrails.delete(workspaceId, id);
    }
}
