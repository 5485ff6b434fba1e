package io.sosmed.schedule.publishing;

import io.quarkus.logging.Log;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads outcomes and applies a person's explicit retry. */
@ApplicationScoped
public class PublicationQueries {

    private static final Set<PublicationStatus> RETRYABLE_BY_PERSON = Set.of(PublicationStatus.FAILED, PublicationStatus.UNCONFIRMED);

    private final PublicationRepository publications;
    private final Clock clock;

    public PublicationQueries(PublicationRepository publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @Transactional
    public List<PublicationResponse> ofPost(String workspaceId, UUID postId) {
        return publications.ofPost(workspaceId, postId).stream()
                .filter(p -> p.status != PublicationStatus.UNSCHEDULED)
                .map(PublicationResponse::of).toList();
    }

    @Transactional
    public PublicationResponse retry(String workspaceId, UUID id, String actor) {
        ScheduledPublication p = publications.findInWorkspace(workspaceId, id)
                .map(found -> publications.findById(found.id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("Publication", id.toString()));
        if (!RETRYABLE_BY_PERSON.contains(p.status)) {
            throw new ProblemException(409, "publication-not-retryable", "Publication cannot be retried",
                    "Publication " + id + " is " + p.status + "; only FAILED or UNCONFIRMED ones can be published again");
        }
        p.status = PublicationStatus.SCHEDULED;
        p.dueAt = clock.instant();
        p.attempts = 0;
        p.lookups = 0;
        p.updatedAt = clock.instant();
        Log.infof("Publication %s of post %s on channel %s retried by %s", p.id, p.postId, p.channelId, actor);
        return PublicationResponse.of(p);
    }
}
