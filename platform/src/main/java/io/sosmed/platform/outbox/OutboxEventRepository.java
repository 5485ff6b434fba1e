package io.sosmed.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reads and marks outbox rows; the relay is the only caller besides {@link Outbox}. */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEvent> {

    public List<OutboxEvent> findOldestUnpublished(int limit) {
        return find("publishedAt is null order by id").page(0, limit).list();
    }

    public void markPublished(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            update("publishedAt = ?1 where id in ?2", at, ids);
        }
    }

    public long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }

    public long countUnpublished() {
        return count("publishedAt is null");
    }
}
