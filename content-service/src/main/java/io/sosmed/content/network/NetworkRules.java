package io.sosmed.content.network;

import java.util.List;
import java.util.Optional;

/** One network's complete, declarative rule set: text fields, hashtag and mention limits, media; with its sources. */
public record NetworkRules(
        Network network,
        String name,
        List<FieldRule> fields,
        List<EntityLimit> entities,
        MediaRules media,
        List<String> sources) {

    public NetworkRules {
        fields = List.copyOf(fields);
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
    }

    public Optional<FieldRule> rule(DraftField field) {
        return fields.stream().filter(rule -> rule.field() == field).findFirst();
    }
}
