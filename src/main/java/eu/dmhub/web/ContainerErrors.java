package eu.dmhub.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before Spring MVC sees them answer like any other error: problem details on
 * {@code /api/**}, the error page in the site's layout elsewhere. Spring Security's firewall (a
 * {@code ;}, {@code ..}, {@code //}, an encoded {@code .} or {@code /}) hands over to the error
 * page; Tomcat, which refuses a NUL or a broken percent-encoding before any servlet runs, writes
 * its refusal through {@link ProblemReportValve} instead of its own HTML.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    RequestRejectedHandler rejectedAddresses() {
        return (request, response, rejected) -> {
            request.setAttribute(Problems.MESSAGE_KEY, "problem.rejected-address");
            response.sendError(HttpStatus.BAD_REQUEST.value());
        };
    }

    /** Runs after Spring Boot's own customizer, whose error report valve it replaces. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(
            ObjectProvider<Problems> problems, ObjectProvider<ErrorPages> pages) {
        abstract class Last implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        }
        return new Last() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                // an encoded slash reaches the firewall, which refuses it like every other path trick
                factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
                factory.addContextCustomizers(context -> replaceErrorReports(context, problems, pages));
            }
        };
    }

    private static void replaceErrorReports(
            Context context, ObjectProvider<Problems> problems, ObjectProvider<ErrorPages> pages) {
        Container host = context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemReportValve(context, problems, pages));
        // the host adds its default report valve at start unless one of this class name is there
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
    }

    /** Tomcat's error report for a request no servlet has answered, written by our error handling. */
    static final class ProblemReportValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);
        private final Context context;
        private final ObjectProvider<Problems> problems;
        private final ObjectProvider<ErrorPages> pages;

        ProblemReportValve(Context context, ObjectProvider<Problems> problems, ObjectProvider<ErrorPages> pages) {
            this.context = context;
            this.problems = problems;
            this.pages = pages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            status = status == null ? HttpStatus.BAD_REQUEST : status;
            String path = request.getRequestURI() == null ? "" : request.getRequestURI();
            try {
                response.resetBuffer();
                // what Tomcat refuses with 400 is an address (a NUL, a broken percent-encoding)
                String explained = code == 400 ? "problem.rejected-address" : null;
                if (path.startsWith("/api/")) {
                    Problems writer = problems.getObject();
                    String title = explained != null ? explained : Problems.titleKey(status);
                    writer.write(
                            response.getResponse(), writer.of(status, title, List.of(), request.getLocale()), path);
                } else {
                    var inApplication = new InContext(request.getRequest(), context);
                    pages.getObject().render(inApplication, response.getResponse(), status, explained);
                }
                response.finishResponse();
            } catch (Exception e) {
                log.warn("Could not report a refused request ({} {})", code, path, e);
            }
        }
    }

    /**
     * A refused request belongs to no web application yet: the page renderer gets ours, and keeps
     * its request attributes here (Tomcat would notify the application's listeners, and has none).
     */
    private static final class InContext extends HttpServletRequestWrapper {
        private final Context context;
        private final Map<String, Object> attributes = new HashMap<>();

        InContext(HttpServletRequest request, Context context) {
            super(request);
            this.context = context;
        }

        @Override
        public ServletContext getServletContext() {
            return context.getServletContext();
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            var names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            attributes.forEach((name, value) -> {
                if (value == null) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
