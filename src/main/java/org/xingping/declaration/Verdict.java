package org.xingping.declaration;

import java.util.Optional;

/** A submission rule's answer: allowed, or refused because … (a message key and its arguments). */
public record Verdict(Optional<DeclarationRefused> refusal) {

    private static final Verdict ALLOWED = new Verdict(Optional.empty());

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict refused(String messageKey, Object... arguments) {
        return new Verdict(Optional.of(new DeclarationRefused(messageKey, arguments)));
    }

    public boolean isAllowed() {
        return refusal.isEmpty();
    }
}
