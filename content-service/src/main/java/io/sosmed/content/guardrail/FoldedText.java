package io.sosmed.content.guardrail;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import io.sosmed.content.network.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A text folded for case- and accent-insensitive matching, remembering where each folded character came from.
 * Each grapheme cluster is decomposed (NFKD), stripped of its non-spacing marks and case-folded (full folding,
 * so {@code ß} matches {@code ss}); matches map back to whole clusters of the original text.
 */
final class FoldedText {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private final String original;
    private final String folded;
    /** Per folded char: the UTF-16 range of the original cluster it came from. */
    private final int[] clusterStart;
    private final int[] clusterEnd;
    /** Per folded index (length + 1): true where a cluster's folded form begins or the text ends. */
    private final boolean[] atClusterEdge;

    private FoldedText(String original, String folded, int[] clusterStart, int[] clusterEnd, boolean[] atClusterEdge) {
        this.original = original;
        this.folded = folded;
        this.clusterStart = clusterStart;
        this.clusterEnd = clusterEnd;
        this.atClusterEdge = atClusterEdge;
    }

    static FoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        List<int[]> origins = new ArrayList<>(text.length());
        List<Integer> edges = new ArrayList<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        clusters.setText(text);
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            edges.add(folded.length());
            String piece = foldCluster(text.substring(start, end));
            for (int i = 0; i < piece.length(); i++) {
                origins.add(new int[] {start, end});
            }
            folded.append(piece);
        }
        boolean[] atEdge = new boolean[folded.length() + 1];
        edges.forEach(edge -> atEdge[edge] = true);
        atEdge[folded.length()] = true;
        int[] starts = new int[origins.size()];
        int[] ends = new int[origins.size()];
        for (int i = 0; i < origins.size(); i++) {
            starts[i] = origins.get(i)[0];
            ends[i] = origins.get(i)[1];
        }
        return new FoldedText(text, folded.toString(), starts, ends, atEdge);
    }

    /** The folded form of a term, as it is searched for. */
    static String fold(String term) {
        return of(term.strip()).folded;
    }

    String folded() {
        return folded;
    }

    /**
     * Where the folded {@code term} occurs as whole words: aligned to grapheme clusters and starting and ending on
     * word boundaries (ICU word break rules) of the original text, so {@code ad} is not found in {@code read}.
     */
    List<TextRange> wholeWordOccurrences(String foldedTerm) {
        List<TextRange> found = new ArrayList<>();
        if (foldedTerm.isEmpty()) {
            return found;
        }
        BreakIterator words = null;
        for (int at = folded.indexOf(foldedTerm); at >= 0; at = folded.indexOf(foldedTerm, at + 1)) {
            int endAt = at + foldedTerm.length();
            if (!atClusterEdge[at] || !atClusterEdge[endAt]) {
                continue;
            }
            int start = clusterStart[at];
            int end = clusterEnd[endAt - 1];
            if (words == null) {
                words = BreakIterator.getWordInstance(ULocale.ROOT);
                words.setText(original);
            }
            if (words.isBoundary(start) && words.isBoundary(end)) {
                found.add(new TextRange(start, end));
            }
        }
        return found;
    }

    private static String foldCluster(String cluster) {
        String decomposed = NFKD.normalize(cluster);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> UCharacter.getType(cp) != UCharacterCategory.NON_SPACING_MARK)
                .forEach(bare::appendCodePoint);
        return UCharacter.foldCase(bare.toString(), true);
    }
}
