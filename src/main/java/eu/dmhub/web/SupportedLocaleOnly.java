package eu.dmhub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language the platform speaks; anything else is ignored. */
class SupportedLocaleOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor delegate;

    SupportedLocaleOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter(delegate.getParamName());
        if (lang != null && WebConfiguration.SUPPORTED.contains(Locale.forLanguageTag(lang))) {
            return delegate.preHandle(request, response, handler);
        }
        return true;
    }
}
