package eu.dmhub.web;

import eu.dmhub.identity.LanguagePreferences;
import eu.dmhub.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED =
            Language.SUPPORTED.stream().map(Language::locale).toList();

    @Bean
    LocaleResolver localeResolver(LanguagePreferences preferences) {
        return new RememberedLocaleResolver(preferences);
    }

    /** The first supported language of an Accept-Language header, else English. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    var language = Language.supported(range.getRange().replace("*", ""));
                    if (language.isPresent() && range.getWeight() > 0) {
                        return language.get().locale();
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to English
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // the API takes its language from Accept-Language (and a report's lang parameter) without
        // remembering it: a client's request does not change what a person reads on the pages
        registry.addInterceptor(new SupportedLocaleOnly(interceptor)).excludePathPatterns("/api/**");
        // the error dispatch sees the failed request's parameters again: it must not refuse them twice
        registry.addInterceptor(new PlainTextParameters()).excludePathPatterns("/error");
    }

    /** Picked up by Spring Boot's JSON mapper, which reads every request body. */
    @Bean
    PlainTextJson plainTextJson() {
        return new PlainTextJson();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${dmhub.api.max-body-bytes:1048576}") long maxBytes) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(maxBytes));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
