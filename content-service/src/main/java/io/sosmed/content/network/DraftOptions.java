package io.sosmed.content.network;

/** Per-call or per-channel overrides of a network's default limits; null means the default. */
public record DraftOptions(Integer maxCharacters, Integer maxHashtags) {

    public static final DraftOptions NONE = new DraftOptions(null, null);

    public Integer valueOf(LimitOption option) {
        return switch (option) {
            case MAX_CHARACTERS -> maxCharacters;
            case MAX_HASHTAGS -> maxHashtags;
        };
    }
}
