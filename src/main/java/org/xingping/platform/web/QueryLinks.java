package org.xingping.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the page's query (filters, sort, page size) while changing one thing: the
 * page, the sort column, the language. Tables and pagers build every link through it, so a
 * filter never gets lost by clicking a column header.
 */
public final class QueryLinks {

    private final HttpServletRequest request;

    public QueryLinks(HttpServletRequest request) {
        this.request = request;
    }

    private UriComponentsBuilder current() {
        return ServletUriComponentsBuilder.fromRequest(request).replacePath(request.getRequestURI());
    }

    /** The current list at another page (1-based, as the address shows it). */
    public String page(int page) {
        return relative(current().replaceQueryParam("page", page));
    }

    /** The current list sorted by this column, ascending first, then descending. */
    public String sort(String property, Pageable pageable) {
        Sort.Order order = pageable.getSort().getOrderFor(property);
        String direction = order != null && order.isAscending() ? "desc" : "asc";
        return relative(current().replaceQueryParam("page").replaceQueryParam("sort", property + "," + direction));
    }

    /** "asc", "desc" or "" for the column's current sort, for the header's arrow. */
    public String sortState(String property, Pageable pageable) {
        Sort.Order order = pageable.getSort().getOrderFor(property);
        return order == null ? "" : order.isAscending() ? "asc" : "desc";
    }

    /** Another address with the current filters, for an export of exactly what the list shows. */
    public String withQuery(String path) {
        return relative(current().replacePath(request.getContextPath() + path).replaceQueryParam("page"));
    }

    /** The current page in another language. */
    public String language(String tag) {
        return relative(current().replaceQueryParam("lang", tag));
    }

    /** The current address with one parameter set (or removed when the value is null). */
    public String with(String name, Object value) {
        return relative(value == null ? current().replaceQueryParam(name) : current().replaceQueryParam(name, value));
    }

    private static String relative(UriComponentsBuilder builder) {
        var components = builder.build();
        String query = components.getQuery();
        return components.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
