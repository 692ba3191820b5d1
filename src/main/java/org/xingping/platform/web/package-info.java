/**
 * The UI shell every page stands in: the menu each module contributes to, the model every page
 * gets (account, campaign year, links that keep the query), flash messages and the locale.
 */
@org.springframework.modulith.NamedInterface("web")
package org.xingping.platform.web;
