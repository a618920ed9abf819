package org.fieldreport.ingest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An HXL hashtag as a mapping target ({@code date: "#date+reported"}): it matches a column of the file's hashtag row
 * whose tag has the same name and the attributes named, in any order ({@code #date +reported +utc} too, when no
 * column has exactly those), compared without case or spaces.
 */
final class HxlTag {

    private HxlTag() {
    }

    /**
     * The unused column of {@code tags} (already lower case, without spaces) that {@code target} matches: the first
     * with exactly the attributes named, else the first with at least them, so that {@code #reached+children} and
     * {@code #reached+children+f} each find their own column.
     */
    static int find(List<String> tags, String target, boolean[] used) {
        String[] wanted = parts(target.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
        Set<String> attributes = new HashSet<>(Arrays.asList(wanted).subList(1, wanted.length));
        int atLeast = -1;
        for (int i = 0; i < tags.size(); i++) {
            if (used[i] || tags.get(i).isEmpty()) {
                continue;
            }
            String[] tag = parts(tags.get(i));
            Set<String> has = new HashSet<>(Arrays.asList(tag).subList(1, tag.length));
            if (tag[0].equals(wanted[0]) && has.equals(attributes)) {
                return i;
            }
            if (tag[0].equals(wanted[0]) && has.containsAll(attributes) && atLeast < 0) {
                atLeast = i;
            }
        }
        return atLeast;
    }

    private static String[] parts(String tag) {
        return tag.split("\\+", -1);
    }
}
