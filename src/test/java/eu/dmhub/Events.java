package eu.dmhub;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the event publication registry: the read models have caught up once it is drained. */
public final class Events {

    private Events() {}

    /** Waits until every event publication is completed (at most 60 s, then fails). */
    public static void awaitProcessed(JdbcClient jdbc) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Events not processed within 60 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
