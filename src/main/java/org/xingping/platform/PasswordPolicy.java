package org.xingping.platform;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The password rule of the house: at least 8 characters of at least three kinds (upper case,
 * lower case, digits, other characters). Answers with the message key of the refusal.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHER = "@#%+=!?";

    private PasswordPolicy() {
    }

    /** Empty when the password is acceptable, else the message key saying why not. */
    public static Optional<String> refusal(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return kinds >= 3 ? Optional.empty() : Optional.of("password.tooSimple");
    }

    /** A random password that satisfies the policy, easy to read aloud (no 0/O, 1/l). */
    public static String random() {
        String all = UPPER + LOWER + DIGITS + OTHER;
        StringBuilder password = new StringBuilder();
        password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(OTHER));
        while (password.length() < 16) {
            password.append(pick(all));
        }
        // Shuffle so the kinds are not always in the same places.
        for (int i = password.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
