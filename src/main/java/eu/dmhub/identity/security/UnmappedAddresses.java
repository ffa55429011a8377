package eu.dmhub.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Requests for an address that no page or API operation maps, whatever the method. They are let
 * through so that they answer 404 ("there is no such page") to everyone alike, instead of "you may
 * not" to the signed-in and "sign in" to the rest. Static files are unmapped too, and public.
 */
final class UnmappedAddresses implements RequestMatcher {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;
    private volatile List<PathPattern> mapped;

    UnmappedAddresses(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return mapped().stream().noneMatch(pattern -> pattern.matches(container));
    }

    /** Read once the handler mappings are complete, i.e. at the first request. */
    private List<PathPattern> mapped() {
        List<PathPattern> patterns = mapped;
        if (patterns == null) {
            patterns = mappings.orderedStream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .distinct()
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            mapped = patterns;
        }
        return patterns;
    }
}
