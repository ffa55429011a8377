package eu.dmhub;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request in the test suite may end in a 5xx. The filter (picked up by component scanning in
 * every test application context) records each one; the JUnit extension, registered for every
 * test through the service loader, fails the test that caused it.
 */
public final class ServerErrors implements AfterEachCallback {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public void afterEach(ExtensionContext context) {
        if (!SEEN.isEmpty()) {
            var seen = List.copyOf(SEEN);
            SEEN.clear();
            throw new AssertionError("Requests answered with a server error: " + seen);
        }
    }

    /** Records every response with a 5xx status. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Recorder extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                if (response.getStatus() >= 500) {
                    SEEN.add(request.getMethod() + " " + request.getRequestURI() + " -> " + response.getStatus());
                }
            }
        }
    }
}
