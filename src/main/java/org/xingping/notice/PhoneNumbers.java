package org.xingping.notice;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Chinese phone number an objector can be called back on: a mobile (11 digits from 13 to 19,
 * optionally after +86) or a landline with its area code (0 and 2–3 digits, then 7–8 digits, an
 * extension allowed). Spaces and hyphens people type are ignored.
 */
final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})(\\d{7,8})((?:转|#|ext)?\\d{1,6})?");

    private PhoneNumbers() {
    }

    /** The number as it is kept (a mobile as its 11 digits), or empty when it is not a Chinese mobile or landline number. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replaceAll("[\\s\\-()（）]", "");
        var mobile = MOBILE.matcher(digits);
        if (mobile.matches()) {
            return Optional.of(mobile.group(1));
        }
        var landline = LANDLINE.matcher(digits);
        if (landline.matches()) {
            // Kept as typed: where the area code ends is the caller's to say (010-… or 0101-…).
            return Optional.of(typed.strip());
        }
        return Optional.empty();
    }
}
