package org.xingping.platform.web;

import java.util.List;

/**
 * A card on a role's home page: what stands, and what is due next. Modules contribute them
 * through a {@link Provider}; the text is already in the user's language.
 *
 * @param title    the card's heading
 * @param lines    its lines
 * @param link     where its button leads, or null
 * @param linkText the button's label, or null
 * @param tone     {@code info}, {@code warn}, {@code ok} or {@code red}
 */
public record HomeCard(String title, List<String> lines, String link, String linkText, String tone) {

    /** Contributes the cards of one module for the signed-in account. */
    public interface Provider {
        List<HomeCard> cards(org.xingping.platform.CurrentUser user);
    }
}
