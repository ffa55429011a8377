package eu.dmhub.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.WebUtils;

/**
 * The display settings the region's public sites offer: high contrast, and larger text with more
 * line spacing. Kept in cookies, so they work before signing in and without JavaScript.
 */
@Controller
@ControllerAdvice
class DisplaySettings {

    static final String CONTRAST = "dmhub-contrast";
    static final String LARGER = "dmhub-larger";

    /** What the layout applies to every page. */
    record Display(boolean contrast, boolean larger) {

        /** The classes of the page's root element. */
        public String classes() {
            return ((contrast ? "high-contrast " : "") + (larger ? "larger-text" : "")).strip();
        }
    }

    @ModelAttribute("display")
    Display display(HttpServletRequest request) {
        return of(request);
    }

    static Display of(HttpServletRequest request) {
        return new Display(on(request, CONTRAST), on(request, LARGER));
    }

    /**
     * A plain GET form: a preference for how pages look needs no CSRF token, and a token would need
     * a session that a long page can no longer create once its footer renders.
     */
    @GetMapping("/display")
    String change(
            @RequestParam(name = "contrast", required = false) String contrast,
            @RequestParam(name = "larger", required = false) String larger,
            @RequestParam(name = "back", required = false) String back,
            HttpServletResponse response) {
        response.addCookie(cookie(CONTRAST, contrast != null));
        response.addCookie(cookie(LARGER, larger != null));
        return "redirect:" + local(back);
    }

    /** Only a path of this site: anything else (another host, a scheme) goes home. */
    static String local(String back) {
        boolean local = back != null
                && back.startsWith("/")
                && !back.startsWith("//")
                && !back.contains("\\")
                && back.chars().noneMatch(c -> c < 0x20);
        return local ? back : "/";
    }

    private static Cookie cookie(String name, boolean on) {
        var cookie = new Cookie(name, on ? "1" : "0");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static boolean on(HttpServletRequest request, String name) {
        Cookie cookie = WebUtils.getCookie(request, name);
        return cookie != null && "1".equals(cookie.getValue());
    }
}
