package io.sosmed.content.validation;

import io.sosmed.content.channel.Channel;
import io.sosmed.content.channel.ChannelRepository;
import io.sosmed.content.guardrail.GuardedVariant;
import io.sosmed.content.guardrail.GuardrailFindings;
import io.sosmed.content.guardrail.GuardrailService;
import io.sosmed.content.media.Media;
import io.sosmed.content.media.MediaRepository;
import io.sosmed.content.network.Draft;
import io.sosmed.content.network.DraftOptions;
import io.sosmed.content.network.MediaFacts;
import io.sosmed.content.network.Network;
import io.sosmed.content.network.NetworkCatalog;
import io.sosmed.content.network.NetworkValidator;
import io.sosmed.content.network.Severity;
import io.sosmed.content.network.ValidationReport;
import io.sosmed.content.network.Violation;
import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a stored post as it will be published: per variant the rules of the channel's network (from the channel
 * projection), the channel's own limits and health, and the workspace's brand guardrails.
 */
@ApplicationScoped
public class PostValidator {

    static final String MEDIA_UNKNOWN = "MEDIA_UNKNOWN";

    private final ChannelRepository channels;
    private final MediaRepository media;
    private final NetworkValidator networkValidator;
    private final NetworkCatalog catalog;
    private final GuardrailService guardrails;

    public PostValidator(ChannelRepository channels, MediaRepository media, NetworkValidator networkValidator,
            NetworkCatalog catalog, GuardrailService guardrails) {
        this.channels = channels;
        this.media = media;
        this.networkValidator = networkValidator;
        this.catalog = catalog;
        this.guardrails = guardrails;
    }

    @Transactional
    public PostValidationReport validate(Post post) {
        Map<String, Channel> known = channels.findAllInWorkspace(post.workspaceId,
                post.variants.stream().map(variant -> variant.channelId).distinct().toList());
        List<VariantReport> reports = new ArrayList<>();
        for (int i = 0; i < post.variants.size(); i++) {
            reports.add(validate(post, i, known.get(post.variants.get(i).channelId)));
        }
        boolean valid = reports.stream().allMatch(VariantReport::valid);
        return new PostValidationReport(post.id, post.version, valid, reports);
    }

    private VariantReport validate(Post post, int index, Channel channel) {
        PostVariant variant = post.variants.get(index);
        List<Violation> violations = new ArrayList<>();
        List<MediaFacts> attachments = attachments(post.workspaceId, variant, violations);
        Network network = channel == null ? null : channel.network;
        Map<String, Map<String, Integer>> counts = Map.of();
        if (channel == null) {
            violations.add(ChannelLimits.unknown(variant.channelId));
        } else {
            violations.addAll(ChannelLimits.check(channel, variant.mediaIds.size()));
            DraftOptions options = new DraftOptions(ChannelLimits.maxCharacters(channel, catalog.rules(network)), null);
            Draft draft = new Draft(variant.text, title(network, variant), variant.firstComment, attachments, options);
            ValidationReport networkReport = networkValidator.validate(network, draft);
            violations.addAll(networkReport.violations());
            counts = networkReport.counts();
        }
        GuardrailFindings brand = guardrails.check(post.workspaceId,
                new GuardedVariant(network, variant.text, variant.firstComment, variant.link, post.tags));
        violations.addAll(brand.violations());
        boolean valid = violations.stream().noneMatch(violation -> violation.severity() == Severity.ERROR);
        return new VariantReport(index, variant.channelId, network, valid, violations, counts, brand.sensitiveTopics());
    }

    /** Facts of the variant's media as stored; an id not in the workspace's library is an error. */
    private List<MediaFacts> attachments(String workspaceId, PostVariant variant, List<Violation> violations) {
        List<MediaFacts> facts = new ArrayList<>();
        for (int i = 0; i < variant.mediaIds.size(); i++) {
            UUID id = variant.mediaIds.get(i);
            Optional<Media> item = media.findInWorkspace(workspaceId, id);
            if (item.isEmpty()) {
                violations.add(Violation.error(MEDIA_UNKNOWN, "mediaIds[" + i + "]",
                        "Media " + id + " is not in this workspace's library"));
                continue;
            }
            Media m = item.get();
            facts.add(new MediaFacts(m.contentType, m.sizeBytes, m.width, m.height, m.durationSeconds));
        }
        return facts;
    }

    /** The title a network shows (YouTube video title, Pinterest Pin title) from the variant's options. */
    private static String title(Network network, PostVariant variant) {
        Object specific = switch (network) {
            case YOUTUBE -> variant.options.get("youtubeTitle");
            case PINTEREST -> variant.options.get("pinterestTitle");
            case TIKTOK -> variant.options.get("tiktokTitle");
            default -> null;
        };
        Object title = specific != null ? specific : variant.options.get("title");
        return title == null ? null : title.toString();
    }
}
