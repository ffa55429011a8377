package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Each module's access rules name its own addresses only, and every address a module maps is
 * admitted by a rule of that module: identity (or any module) listing another's URLs fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessRulesOwnershipTest {

    @Autowired
    List<AccessRules> contributions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingInfoHandlerMapping mappings;

    /** One address a module's controller maps, e.g. assessment's {@code GET /api/v1/assessments/{id}}. */
    record Address(String module, Set<HttpMethod> methods, String pattern, String example) {}

    /** One rule with the module whose bean declares it. */
    record Declared(String module, AccessRule rule) {}

    @Test
    void everyModuleNamesOnlyItsOwnAddresses() {
        assertThat(trespasses(declared(), addresses())).isEmpty();
    }

    @Test
    void everyAddressAModuleMapsIsAdmittedByThatModulesOwnRules() {
        List<Declared> declared = declared();
        List<String> unruled = addresses().stream()
                .filter(address -> declared.stream()
                        .noneMatch(d -> d.module().equals(address.module()) && admits(d.rule(), address)))
                .map(Address::toString)
                .toList();
        assertThat(unruled).isEmpty();
    }

    @Test
    void identityNamingAnotherModulesAddressIsCaught() {
        List<Declared> declared = new ArrayList<>(declared());
        declared.add(new Declared("identity", AccessRule.forRoles(Role.SME_USER).anyMethod("/api/v1/assessments/**")));
        declared.add(new Declared("identity", AccessRule.forEveryone().get("/insights")));

        assertThat(trespasses(declared, addresses()))
                .anyMatch(t -> t.contains("identity") && t.contains("/api/v1/assessments/{id}/benchmark"))
                .anyMatch(t -> t.contains("identity") && t.contains("insights: [GET] /insights"));
    }

    @Test
    void everyModuleThatMapsAddressesDeclaresRules() {
        Set<String> mapping = addresses().stream().map(Address::module).collect(Collectors.toSet());
        Set<String> declaring = declared().stream().map(Declared::module).collect(Collectors.toSet());
        assertThat(mapping)
                .containsExactlyInAnyOrder("identity", "assessment", "benchmark", "recommendation", "insights", "web");
        assertThat(declaring).containsAll(mapping);
    }

    private static List<String> trespasses(List<Declared> declared, List<Address> addresses) {
        List<String> trespasses = new ArrayList<>();
        for (Declared d : declared) {
            for (Address address : addresses) {
                if (!address.module().equals(d.module()) && admits(d.rule(), address)) {
                    trespasses.add(d.module() + " declares " + d.rule().paths() + ", which matches " + address.module()
                            + ": " + address.methods() + " " + address.pattern());
                }
            }
        }
        return trespasses;
    }

    private static boolean admits(AccessRule rule, Address address) {
        boolean method = rule.method().isEmpty()
                || address.methods().isEmpty()
                || address.methods().contains(rule.method().get());
        PathContainer path = PathContainer.parsePath(address.example());
        return method
                && rule.paths().stream()
                        .anyMatch(
                                p -> PathPatternParser.defaultInstance.parse(p).matches(path));
    }

    private List<Declared> declared() {
        return contributions.stream()
                .flatMap(bean -> bean.accessRules().stream()
                        .map(rule -> new Declared(
                                module(AopUtils.getTargetClass(bean)).orElseThrow(), rule)))
                .toList();
    }

    private List<Address> addresses() {
        List<Address> addresses = new ArrayList<>();
        mappings.getHandlerMethods()
                .forEach((info, handler) -> module(handler.getBeanType()).ifPresent(module -> {
                    Set<HttpMethod> methods = info.getMethodsCondition().getMethods().stream()
                            .map(RequestMethod::asHttpMethod)
                            .collect(Collectors.toSet());
                    for (String pattern : info.getPatternValues()) {
                        addresses.add(new Address(module, methods, pattern, example(pattern)));
                    }
                }));
        return addresses;
    }

    /** {@code /insights/export.{format:csv|xlsx}} becomes {@code /insights/export.csv}, {@code {id}} a word. */
    private static String example(String pattern) {
        return pattern.replaceAll("\\{[^}:]+:([^}|]+)[^}]*}", "$1").replaceAll("\\{[^}]+}", "x1");
    }

    /** The module a class belongs to: the package after {@code eu.dmhub}; none for a library's controller. */
    private static Optional<String> module(Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith("eu.dmhub.")) {
            return Optional.empty();
        }
        return Optional.of(name.substring("eu.dmhub.".length()).split("\\.")[0]);
    }
}
