package eu.dmhub;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the event publication registry: the read models have caught up once it is drained. */
public final class Events {

    private Events() {}

    /** Waits until every event publication is completed (at most 60 s, then fails). */
    public static void awaitProcessed(JdbcClient jdbc) {
        await("events processed")
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
