package io.sosmed.community.inbox;

import io.sosmed.community.reply.ETags;
import io.sosmed.community.reply.Reply;
import io.sosmed.community.reply.ReplyRequest;
import io.sosmed.community.reply.ReplyResponse;
import io.sosmed.community.reply.ReplyService;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inbox: conversations, their items, and what agents do with them. */
@Path("/api/v1/workspaces/{workspaceId}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ConversationResource {

    private final ConversationSearch search;
    private final ConversationWorkflow workflow;
    private final ReplyService replies;
    private final CurrentMember member;

    public ConversationResource(ConversationSearch search, ConversationWorkflow workflow, ReplyService replies,
            CurrentMember member) {
        this.search = search;
        this.workflow = workflow;
        this.replies = replies;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "Conversations, latest activity first; filters combine (assignee: a member id, me or none; "
            + "q: full-text search over item text in English and Indonesian; sla: at-risk or breached)")
    public ConversationPage list(@PathParam("workspaceId") String workspaceId, @QueryParam("status") String status,
            @QueryParam("assignee") String assignee, @QueryParam("channelId") String channelId,
            @QueryParam("network") String network, @QueryParam("kind") String kind,
            @QueryParam("sentiment") String sentiment, @QueryParam("priority") String priority,
            @QueryParam("tag") String tag, @QueryParam("q") String q, @QueryParam("sla") String sla,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        ConversationFilter filter = ConversationFilter.parse(status, assignee, channelId, network, kind, sentiment,
                priority, tag, q, sla, cursor, limit);
        return search.search(workspaceId, member.subject(), filter);
    }

    @GET
    @Path("{id}")
    @AnyMember
    @Operation(summary = "A conversation with its items, replies and notes; the ETag is its version")
    public Response get(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id) {
        ConversationDetail detail = workflow.detail(workspaceId, id);
        return Response.ok(detail).header(HttpHeaders.ETAG, ETags.of(detail.conversation().version())).build();
    }

    @POST
    @Path("{id}/assign")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Assigns the conversation to a member (assigneeId null unassigns)")
    public ConversationSummary assign(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Assign request) {
        return workflow.assign(workspaceId, id, request.assigneeId());
    }

    @PUT
    @Path("{id}/status")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "OPEN, PENDING, SNOOZED (with snoozedUntil) or CLOSED (emits conversation.closed)")
    public ConversationSummary changeStatus(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.ChangeStatus request) {
        return workflow.changeStatus(workspaceId, id, request);
    }

    @PATCH
    @Path("{id}")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Changes priority (SLA due times follow) and/or replaces tags")
    public ConversationSummary update(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Update request) {
        return workflow.update(workspaceId, id, request);
    }

    @POST
    @Path("{id}/notes")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Adds an internal note; @username mentions are recorded")
    public Response addNote(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.AddNote request) {
        return Response.status(Response.Status.CREATED)
                .entity(workflow.addNote(workspaceId, id, request.text(), member.subject())).build();
    }

    @POST
    @Path("{id}/escalate")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Escalates to a support desk or CRM (emits conversation.escalated)")
    public ConversationSummary escalate(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Escalate request) {
        return workflow.escalate(workspaceId, id, request.reason(), member.subject());
    }

    @POST
    @Path("{id}/replies")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Replies (text or savedReplyId); 409 with the unseen items when expectedVersion/If-Match is stale")
    public Response reply(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReplyRequest request) {
        Reply reply = replies.request(workspaceId, id, request, ETags.parseIfMatch(ifMatch), member.subject(),
                member.name());
        return Response.accepted(ReplyResponse.of(reply)).build();
    }
}
