package com.kraviabridge.config;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the nearest candidate by Damerau-Levenshtein distance, if near enough to be a typo. */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String unknown, List<String> candidates) {
        String probe = unknown.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, probe.length() / 4));
        return candidates.stream()
                .filter(c -> !c.equals(unknown))
                .map(c -> new Scored(c, distance(probe, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= allowed)
                .min(Comparator.comparingInt(Scored::distance))
                .map(Scored::candidate);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String candidate, int distance) {
    }
}
