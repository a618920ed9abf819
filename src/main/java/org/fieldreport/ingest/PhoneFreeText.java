package org.fieldreport.ingest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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

    /**
     * A phone number: starts with '+' or a leading 0 (local form), then 8 to 15 digits in groups separated by
     * spaces, dashes, dots or brackets, not run on into a word or a slash. ISO dates, grouped amounts
     * ("4 000 000") and a card terminal's reference ("ATM WITHDRAWAL 001234 03/8888") are not.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.,/])(?:\\+\\d|0\\d)[\\d \\-().]{6,18}\\d(?![\\w/])");

    /** Whether {@code text} holds something that looks like a phone number, scanned afresh. */
    static boolean scan(String text) {
        var m = PHONE.matcher(text);
        while (m.find()) {
            String found = m.group();
            long digits = found.chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits <= 15 && !found.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds something that looks like a phone number ({@link #scan}), remembered. */
    static boolean looksLikePhone(String text) {
        if (FREE.contains(text)) {
            return false;
        }
        if (scan(text)) {
            return true;
        }
        if (FREE.size() >= LIMIT) {
            FREE.clear();
        }
        FREE.add(text);
        return false;
    }
}
