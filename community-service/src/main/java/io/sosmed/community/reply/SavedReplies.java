package io.sosmed.community.reply;

import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, changes, lists and deletes a workspace's saved replies. */
@ApplicationScoped
public class SavedReplies {

    private final SavedReplyRepository repository;

    public SavedReplies(SavedReplyRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public SavedReplyResponse create(String workspaceId, SavedReplyRequest request, String by) {
        check(workspaceId, request, null);
        SavedReply saved = new SavedReply();
        saved.id = UUID.randomUUID();
        saved.workspaceId = workspaceId;
        saved.name = request.name().trim();
        saved.text = request.text();
        saved.createdBy = by;
        saved.createdAt = Instant.now();
        saved.updatedAt = saved.createdAt;
        repository.persist(saved);
        return SavedReplyResponse.of(saved);
    }

    @Transactional
    public SavedReplyResponse replace(String workspaceId, UUID id, SavedReplyRequest request) {
        SavedReply saved = get(workspaceId, id);
        check(workspaceId, request, id);
        saved.name = request.name().trim();
        saved.text = request.text();
        saved.updatedAt = Instant.now();
        return SavedReplyResponse.of(saved);
    }

    @Transactional
    public void delete(String workspaceId, UUID id) {
        repository.delete(get(workspaceId, id));
    }

    public SavedReply get(String workspaceId, UUID id) {
        return repository.findInWorkspace(workspaceId, id)
                .orElseThrow(() -> ProblemException.notFound("Saved reply", id.toString()));
    }

    /** The saved reply, if it exists in this workspace. */
    public Optional<SavedReply> find(String workspaceId, UUID id) {
        return repository.findInWorkspace(workspaceId, id);
    }

    public SavedReplyResponse.Page list(String workspaceId, String cursor, int limit) {
        List<SavedReply> rows = repository.page(workspaceId, KeysetCursor.decodeOrNull(cursor), limit);
        boolean more = rows.size() > limit;
        List<SavedReply> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new SavedReplyResponse.Page(page.stream().map(SavedReplyResponse::of).toList(), next);
    }

    private void check(String workspaceId, SavedReplyRequest request, UUID id) {
        List<String> unknown = ReplyTemplate.unknownVariables(request.text());
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Unknown variables " + unknown,
                    List.of(new Problem.FieldError("text", "unknown variables " + unknown + "; allowed: "
                            + ReplyTemplate.VARIABLES)));
        }
        if (repository.nameTaken(workspaceId, request.name().trim(), id)) {
            throw new ProblemException(409, "duplicate-name", "Name taken", "A saved reply named '"
                    + request.name().trim() + "' exists", List.of(new Problem.FieldError("name", "already used")));
        }
    }
}
