package org.fieldreport.ingest;

/**
 * The free texts last found to hold no phone number, so that a description repeated a million times is scanned once.
 * Ingest keeps one copy of each recurring text per file, and a text is remembered by that copy: one comparison finds
 * it again. A text is remembered only once found free, and a string never changes, so an answer stays true; slots are
 * overwritten as texts come and go, and threads reading several files at once may see each other's, which only costs
 * a scan.
 */
final class PhoneFreeText {

    private static final int SLOTS = 1024;
    private static final String[] FREE = new String[SLOTS];

    private PhoneFreeText() {
    }

    /** Whether {@code text} holds something that looks like a phone number ({@link RowFields#looksLikePhone}). */
    static boolean looksLikePhone(String text) {
        int slot = text.hashCode() & (SLOTS - 1);
        if (FREE[slot] == text) { // this very copy was scanned before
            return false;
        }
        if (RowFields.looksLikePhone(text)) {
            return true;
        }
        FREE[slot] = text;
        return false;
    }
}
