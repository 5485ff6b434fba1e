package io.sosmed.schedule.timing;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** CDI wiring for the time domain: the system UTC clock (replaceable, e.g. by a fixed clock in tests) and the resolver. */
@Singleton
public class TimingBeans {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    WallClockResolver wallClockResolver(Clock clock, TimingConfig config) {
        return new WallClockResolver(clock, config.pastGrace());
    }
}
