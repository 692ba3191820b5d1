package org.xingping.organization.web;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.xingping.organization.TreeNode;

/**
 * The units at the top of the tree as HTML. The committee's whole tree is the same for every
 * committee account until a unit changes, and in a province it is a thousand units: rendering it
 * took twenty milliseconds and more of every list page (issue 2). So the last rendering per
 * language is kept with the units it shows, and it is used again only while the registry still
 * reads exactly those units (the list of nodes compares equal); nothing needs to invalidate it,
 * and several instances on one database never serve a stale tree.
 */
@Component
class TreeRoots {

    private static final String VIEW = "organization/organizations :: roots";

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    /** Asked for at the first rendering: the commands start without a web server, and without views. */
    private final ObjectProvider<ThymeleafViewResolver> views;

    private final Map<Locale, Rendered> committeeTrees = new ConcurrentHashMap<>();

    TreeRoots(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    private record Rendered(List<TreeNode> roots, String html) {
    }

    /** The committee's tree with every unit closed, rendered again only when its units changed. */
    ResponseEntity<String> wholeRegistry(List<TreeNode> roots, Map<String, Object> model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        Rendered kept = committeeTrees.get(locale);
        if (kept == null || !kept.roots().equals(roots)) {
            kept = new Rendered(List.copyOf(roots), render(model, locale, request, response));
            committeeTrees.put(locale, kept);
        }
        return ResponseEntity.ok().contentType(HTML).body(kept.html());
    }

    /** Any other tree, rendered for this request alone. */
    ResponseEntity<String> rendered(Map<String, Object> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        return ResponseEntity.ok().contentType(HTML).body(render(model, locale, request, response));
    }

    private String render(Map<String, Object> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        View view = views.getObject().resolveViewName(VIEW, locale);
        if (view == null) {
            throw new IllegalStateException("no view " + VIEW);
        }
        CharArrayWriter html = new CharArrayWriter(64 * 1024);
        Captured captured = new Captured(response, html);
        view.render(model, request, captured);
        captured.flushBuffer();
        return html.toString();
    }

    /** The response as the view sees it: what it writes stays here; headers reach the real one. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Captured(HttpServletResponse response, CharArrayWriter html) {
            super(response);
            this.writer = new PrintWriter(html);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            // A view writing bytes would reach the client past the kept copy, and the answer twice.
            throw new IllegalStateException("the tree is rendered as text");
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
