package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonValue;
import com.twitter.twittertext.Extractor;
import java.util.List;

/** Things inside a text that some networks limit in number, found with twitter-text's extractor. */
public enum TextEntity {
    HASHTAGS("hashtags"),
    MENTIONS("mentions");

    private final String jsonName;

    TextEntity(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The UTF-16 ranges of every occurrence in the text, in order. */
    public List<TextRange> find(String text) {
        Extractor extractor = new Extractor();
        List<Extractor.Entity> entities = this == HASHTAGS
                ? extractor.extractHashtagsWithIndices(text)
                : extractor.extractMentionedScreennamesWithIndices(text);
        return entities.stream().map(entity -> new TextRange(entity.getStart(), entity.getEnd())).toList();
    }
}
