package org.xingping.platform.web;

import java.util.Set;

import org.xingping.platform.Role;

/**
 * One entry of the left menu. Each module declares its entries as beans; the shell shows those
 * the signed-in role may use, grouped by section and ordered.
 *
 * @param section    the group it appears under (message key {@code menu.section.<section>})
 * @param messageKey the entry's label
 * @param path       where it leads; also the prefix that marks it active
 * @param icon       a one-character symbol shown before the label
 * @param order      position in the menu, smaller first
 * @param roles      who sees it
 */
public record MenuEntry(String section, String messageKey, String path, String icon, int order, Set<Role> roles) {

    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }

    public boolean matches(String requestPath) {
        return path.equals("/") ? requestPath.equals("/") : requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
