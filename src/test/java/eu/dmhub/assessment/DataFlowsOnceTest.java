package eu.dmhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Events;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.assessment.application.AssessmentStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What one request reads, counted by test doubles around the real store, the results facade and
 * the benchmark's group snapshots: a result page and a report load and check the result once and
 * compare it with peers once; saving answers loads the assessment once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DataFlowsOnceTest.Counting.class)
class DataFlowsOnceTest {

    /** Calls per "method argument", e.g. "find 3f2…": only calls about one assessment are told apart. */
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    @Test
    void theResultPageAndTheReportLoadTheResultOnceCheckItOnceAndCompareWithPeersOnce() {
        var owner = Fixtures.aSignedInOwner(api);
        JsonNode model = api.get("/api/v1/models/dma", null).json();
        String id = Fixtures.submit(api, owner, "dma", Fixtures.bestAnswers(model))
                .path("assessmentId")
                .asString();
        Events.awaitProcessed(jdbc);
        var session = new WebSession(port).signIn(owner.email(), owner.password());

        CALLS.clear();
        WebSession.Page page = session.get("/assessments/" + id + "/result");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("peer", "recommendation");
        assertReadOnceAndComparedOnce(id);

        CALLS.clear();
        assertThat(session.download("/assessments/" + id + "/report.pdf").status())
                .isEqualTo(200);
        assertReadOnceAndComparedOnce(id);
    }

    @Test
    void savingAnswersOverTheApiOrAPageLoadsTheAssessmentOnce() {
        var owner = Fixtures.aSignedInOwner(api);
        JsonNode model = api.get("/api/v1/models/dii", null).json();
        String id = api.post(
                        "/api/v1/assessments", owner.token(), Map.of("companyId", owner.companyId(), "model", "dii"))
                .json()
                .path("id")
                .asString();
        String first = model.path("dimensions")
                .get(0)
                .path("questions")
                .get(0)
                .path("id")
                .asString();

        CALLS.clear();
        HttpApi.Reply saved = api.put(
                "/api/v1/assessments/" + id + "/answers", owner.token(), Map.of("answers", Map.of(first, "yes")));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(calls("find", id)).as("assessment loads for one API save").isEqualTo(1);

        var session = new WebSession(port).signIn(owner.email(), owner.password());
        CALLS.clear();
        WebSession.Page leave = session.post(
                "/assessments",
                "/assessments/" + id + "/dimensions/1",
                Map.of("shown", first, first, "no", "go", "leave"));
        assertThat(leave.status()).isEqualTo(302);
        assertThat(calls("find", id)).as("assessment loads for one page save").isEqualTo(1);
        assertThat(api.get("/api/v1/assessments/" + id, owner.token())
                        .json()
                        .path("answers")
                        .path(first)
                        .asString())
                .isEqualTo("no");
    }

    private static void assertReadOnceAndComparedOnce(String id) {
        assertThat(calls("find", id) + calls("findResult", id))
                .as("loads of the result from the store")
                .isEqualTo(1);
        assertThat(calls("visibleResult", id))
                .as("checks through the results facade after the page's own")
                .isZero();
        assertThat(calls("of", "peer groups")).as("peer comparisons").isEqualTo(1);
    }

    private static int calls(String method, String about) {
        AtomicInteger count = CALLS.get(method + " " + about);
        return count == null ? 0 : count.get();
    }

    private static void count(String method, Object[] args) {
        String about = "";
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof UUID uuid) {
                    about = uuid.toString();
                }
            }
        }
        CALLS.computeIfAbsent(method + " " + about, key -> new AtomicInteger()).incrementAndGet();
    }

    /** Counts the calls the application makes to the store, the results facade and the group snapshots. */
    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDoubles() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof AssessmentStore store) {
                        return counting(AssessmentStore.class, store);
                    }
                    if (bean instanceof AssessmentResults results) {
                        return counting(AssessmentResults.class, results);
                    }
                    if (name.equals("groupSnapshots")) {
                        var factory = new ProxyFactory(bean);
                        factory.setProxyTargetClass(true);
                        factory.addAdvice((MethodInterceptor) invocation -> {
                            if (invocation.getMethod().getName().equals("of")) {
                                CALLS.computeIfAbsent("of peer groups", key -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                            return invocation.proceed();
                        });
                        return factory.getProxy();
                    }
                    return bean;
                }
            };
        }

        private static <T> T counting(Class<T> type, T target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (!Objects.equals(method.getDeclaringClass(), Object.class)) {
                    count(method.getName(), args);
                }
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
        }
    }
}
