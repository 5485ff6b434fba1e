package io.sosmed.content.template;

import io.sosmed.content.library.LibraryPage;
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

/** Post templates of a workspace: editors and admins write, every member reads and renders. */
@Path("/api/v1/workspaces/{workspaceId}/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
@SecurityRequirement(name = "SecurityScheme")
public class TemplateResource {

    private static final String EXAMPLE = """
            {"name":"Webinar invite","text":"Join {{speaker}} on {{date}} for {{topic}}! {{link}}"}""";
    private static final String RENDER_EXAMPLE = """
            {"values":{"speaker":"Ada","date":"May 4","topic":"analytics","link":"https://example.com/w"}}""";

    private final TemplateService templates;
    private final CurrentMember member;

    public TemplateResource(TemplateService templates, CurrentMember member) {
        this.templates = templates;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Create a template; {{name}} placeholders become its variables")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "invite", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the template")
    @APIResponse(responseCode = "409", description = "Name already used in the workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A placeholder without a valid variable name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull TemplateRequest body,
            UriInfo uri) {
        TemplateResponse created = TemplateResponse.of(templates.create(workspaceId, member.subject(), body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "List templates, newest first, with cursor pagination")
    public LibraryPage<TemplateResponse> list(@PathParam("workspaceId") String workspaceId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return templates.list(workspaceId, cursor, limit, TemplateResponse::of);
    }

    @GET
    @Path("{templateId}")
    @AnyMember
    @Operation(summary = "One template")
    public TemplateResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("templateId") UUID templateId) {
        return TemplateResponse.of(templates.get(workspaceId, templateId));
    }

    @PUT
    @Path("{templateId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Replace a template's name and text")
    public TemplateResponse replace(@PathParam("workspaceId") String workspaceId,
            @PathParam("templateId") UUID templateId, @Valid @NotNull TemplateRequest body) {
        return TemplateResponse.of(templates.replace(workspaceId, templateId, body));
    }

    @DELETE
    @Path("{templateId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Delete a template; posts written from it keep their text")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("workspaceId") String workspaceId, @PathParam("templateId") UUID templateId) {
        templates.delete(workspaceId, templateId);
    }

    @POST
    @Path("{templateId}/render")
    @AnyMember
    @Operation(summary = "Fill in the template's variables; every variable needs a value and unknown names are refused")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "invite", value = RENDER_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Missing or unknown variables, each listed as values.<name>",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RenderedTemplate render(@PathParam("workspaceId") String workspaceId,
            @PathParam("templateId") UUID templateId, @NotNull RenderRequest body) {
        return templates.render(workspaceId, templateId, body);
    }
}
