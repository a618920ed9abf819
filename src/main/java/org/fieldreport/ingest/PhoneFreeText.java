package org.fieldreport.ingest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The free texts last found to hold no phone number, so that a description repeated a million times is scanned once
 * (looking a text up costs far less than scanning it with the pattern). A text is remembered only once
 * found free, so an answer stays true; the memory is emptied when it holds {@value #LIMIT} texts, so a file of
 * texts that never recur does not keep them. Files read at once share it.
 */
final class PhoneFreeText {

    private static final int LIMIT = 4096;
    private static final Set<String> FREE = ConcurrentHashMap.newKeySet();

    private PhoneFreeText() {
    }

    /** Whether {@code text} holds something that looks like a phone number ({@link RowFields#looksLikePhone}). */
    static boolean looksLikePhone(String text) {
        if (FREE.contains(text)) {
            return false;
        }
        if (RowFields.looksLikePhone(text)) {
            return true;
        }
        if (FREE.size() >= LIMIT) {
            FREE.clear();
        }
        FREE.add(text);
        return false;
    }
}
