package org.xingping.platform.web;

import java.util.List;

import org.xingping.platform.CurrentUser;

/**
 * A small chart on a role's home page, drawn by the page's chart script from the figures its
 * address answers with (JSON). Modules contribute them through a {@link Provider}; the home page
 * loads the chart library only when there is one to draw.
 *
 * @param id       the chart's element id, unique on the page
 * @param title    the heading, already in the user's language
 * @param source   the address of the figures
 * @param link     where the heading's button leads
 * @param linkText the button's label
 */
public record HomeChart(String id, String title, String source, String link, String linkText) {

    /** Contributes the charts of one module for the signed-in account. */
    public interface Provider {
        List<HomeChart> charts(CurrentUser user);

        /** The scripts that draw them: the chart library first. */
        List<String> scripts();
    }
}
