package io.sosmed.schedule.calendar;

import io.quarkus.hibernate.orm.panache.Panache;
import io.sosmed.schedule.scheduling.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The ICS feed of a workspace at a secret URL calendar apps can subscribe to. Creating a feed again rotates the secret:
 * the old URL stops working. The feed covers 30 days back to 180 days ahead; each publication is a 15-minute event.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);
    static final Duration EVENT_LENGTH = Duration.ofMinutes(15);

    private final CalendarQuery calendar;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeedService(CalendarQuery calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A new secret for the workspace's feed; returned once, stored only as a hash. */
    @Transactional
    public String rotate(String workspaceId, String actor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = Optional.ofNullable(Panache.getEntityManager().find(CalendarFeed.class, workspaceId)).orElseGet(() -> {
            CalendarFeed created = new CalendarFeed();
            created.workspaceId = workspaceId;
            return created;
        });
        feed.secretHash = hash(secret);
        feed.createdBy = actor;
        feed.createdAt = clock.instant();
        Panache.getEntityManager().persist(feed);
        return secret;
    }

    /** The feed's text, or empty for an unknown (or rotated) secret. */
    @Transactional
    public Optional<String> ics(String secret) {
        List<CalendarFeed> feeds = Panache.getEntityManager()
                .createQuery("from CalendarFeed f where f.secretHash = :hash", CalendarFeed.class)
                .setParameter("hash", hash(secret)).getResultList();
        if (feeds.isEmpty()) {
            return Optional.empty();
        }
        String workspaceId = feeds.get(0).workspaceId;
        Instant now = clock.instant();
        List<IcsWriter.Event> events = calendar.entries(workspaceId, now.minus(PAST), now.plus(AHEAD), null, null).stream()
                .map(CalendarFeedService::event).toList();
        return Optional.of(IcsWriter.calendar("Sosmed " + workspaceId, events));
    }

    private static IcsWriter.Event event(CalendarEntry e) {
        String summary = "[" + e.network() + "] " + e.title() + " (" + e.status() + ")";
        String description = "Channel " + e.channelId() + "\nStatus " + e.status()
                + (e.failureReason() == null ? "" : "\n" + e.failureReason());
        return new IcsWriter.Event(e.publicationId() + "@sosmed", e.updatedAt(), e.scheduledAt(), e.scheduledAt().plus(EVENT_LENGTH),
                summary, description, e.url(), e.status() == PublicationStatus.SKIPPED);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
