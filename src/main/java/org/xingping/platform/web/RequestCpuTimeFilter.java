package org.xingping.platform.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves the CPU time a request took on its thread, the page's rendering included, in the request
 * attribute {@value #ATTRIBUTE} (microseconds), for the access log to write with
 * {@code %{xingping.cpu-us}r}. On a busy machine a request's wall time says as much about the other
 * processes as about this one; its CPU time says what it cost.
 */
@Component
class RequestCpuTimeFilter extends OncePerRequestFilter implements Ordered {

    static final String ATTRIBUTE = "xingping.cpu-us";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            chain.doFilter(request, response);
            return;
        }
        long started = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            request.setAttribute(ATTRIBUTE, (THREADS.getCurrentThreadCpuTime() - started) / 1000);
        }
    }
}
