package io.sosmed.content.hashtag;

import io.quarkus.logging.Log;
import io.sosmed.content.library.LibraryPage;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.content.library.Timestamps;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Stores a workspace's hashtag groups. */
@ApplicationScoped
public class HashtagGroupService {

    private final HashtagGroupRepository groups;

    public HashtagGroupService(HashtagGroupRepository groups) {
        this.groups = groups;
    }

    @Transactional
    public HashtagGroup create(String workspaceId, String actor, HashtagGroupRequest request) {
        HashtagGroup group = new HashtagGroup();
        group.id = UUID.randomUUID();
        group.workspaceId = workspaceId;
        group.createdBy = actor;
        group.createdAt = Timestamps.now();
        apply(group, request, group.createdAt);
        groups.persist(group);
        Log.infof("Hashtag group %s created in workspace %s", group.id, workspaceId);
        return group;
    }

    @Transactional
    public HashtagGroup get(String workspaceId, UUID id) {
        return groups.findInWorkspace(workspaceId, id)
                .orElseThrow(() -> ProblemException.notFound("Hashtag group", id.toString()));
    }

    @Transactional
    public LibraryPage<HashtagGroupResponse> list(String workspaceId, String cursor, int limit) {
        return LibraryPage.of(groups.findPage(workspaceId, KeysetCursor.decodeOrNull(cursor), limit + 1), limit,
                g -> g.createdAt, g -> g.id, HashtagGroupResponse::of);
    }

    @Transactional
    public HashtagGroup replace(String workspaceId, UUID id, HashtagGroupRequest request) {
        HashtagGroup group = get(workspaceId, id);
        apply(group, request, Timestamps.now());
        groups.flush();
        return group;
    }

    @Transactional
    public void delete(String workspaceId, UUID id) {
        groups.delete(get(workspaceId, id));
        Log.infof("Hashtag group %s deleted from workspace %s", id, workspaceId);
    }

    private void apply(HashtagGroup group, HashtagGroupRequest request, Instant now) {
        String name = request.name().strip();
        if (groups.nameTaken(group.workspaceId, name, group.id)) {
            throw LibraryProblems.nameTaken("Hashtag group", name);
        }
        group.name = name;
        group.hashtags = request.normalizedHashtags();
        group.updatedAt = now;
    }
}
