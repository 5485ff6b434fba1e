package io.sosmed.schedule.timing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueueSlotsTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    static final QueueSlot SUNDAY_0230 = QueueSlot.of(SUNDAY, 2, 30);
    static final QueueSlot SUNDAY_0900 = QueueSlot.of(SUNDAY, 9, 0);
    static final QueueSlot MONDAY_0900 = QueueSlot.of(MONDAY, 9, 0);
    static final QueueSlot SATURDAY_1800 = QueueSlot.of(SATURDAY, 18, 0);
    static final QueueSlots NEW_YORK_QUEUE = QueueSlots.of(NEW_YORK, SUNDAY_0230, SUNDAY_0900, MONDAY_0900, SATURDAY_1800);

    static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Nested
    class SpringForwardWeekInNewYork {

        /** Saturday 13 March 2027 18:00 EST, the evening before clocks jump from 02:00 to 03:00. */
        static final Instant SATURDAY_EVENING_BEFORE_JUMP = Instant.parse("2027-03-13T23:00:00Z");

        @Test
        void theWeekBeforeTheSunday0230SlotExists() {
            assertThat(NEW_YORK_QUEUE.nextFreeSlot(Instant.parse("2027-03-06T23:00:00Z"), Set.of()))
                    .isEqualTo(Instant.parse("2027-03-07T07:30:00Z"));
        }

        @Test
        void onTheJumpSundayThe0230SlotIsSkippedAndThe0900OneIsInSummerTime() {
            assertThat(NEW_YORK_QUEUE.nextFreeSlot(SATURDAY_EVENING_BEFORE_JUMP, Set.of()))
                    .isEqualTo(Instant.parse("2027-03-14T13:00:00Z"));
        }

        @Test
        void takenSlotsArePassedOver() {
            Set<Instant> taken = Set.of(Instant.parse("2027-03-14T13:00:00Z"));

            assertThat(NEW_YORK_QUEUE.nextFreeSlot(SATURDAY_EVENING_BEFORE_JUMP, taken))
                    .isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        }

        @Test
        void mondayNineIsNineLocalOnBothSidesOfTheJump() {
            QueueSlots mondays = QueueSlots.of(NEW_YORK, MONDAY_0900);

            assertThat(mondays.nextFreeSlot(Instant.parse("2027-03-02T00:00:00Z"), Set.of()))
                    .isEqualTo(Instant.parse("2027-03-08T14:00:00Z"));
            assertThat(mondays.nextFreeSlot(Instant.parse("2027-03-08T14:00:00Z"), Set.of()))
                    .isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        }

        @Test
        void theSunday0230SlotComesBackTheFollowingWeek() {
            Set<Instant> takenAfterJump = Set.of(Instant.parse("2027-03-14T13:00:00Z"), Instant.parse("2027-03-15T13:00:00Z"),
                    Instant.parse("2027-03-20T22:00:00Z"));

            assertThat(NEW_YORK_QUEUE.nextFreeSlot(SATURDAY_EVENING_BEFORE_JUMP, takenAfterJump))
                    .isEqualTo(at("2027-03-21T02:30", NEW_YORK)).isEqualTo(Instant.parse("2027-03-21T06:30:00Z"));
        }

        @Test
        void slotsBetweenCountsTheWeekWithoutTheMissingSlot() {
            List<Instant> springWeek = NEW_YORK_QUEUE.slotsBetween(at("2027-03-08T00:00", NEW_YORK), at("2027-03-15T00:00", NEW_YORK));
            List<Instant> weekBefore = NEW_YORK_QUEUE.slotsBetween(at("2027-03-01T00:00", NEW_YORK), at("2027-03-08T00:00", NEW_YORK));

            assertThat(springWeek).containsExactly(Instant.parse("2027-03-08T14:00:00Z"), Instant.parse("2027-03-13T23:00:00Z"),
                    Instant.parse("2027-03-14T13:00:00Z"));
            assertThat(weekBefore).hasSize(4);
        }
    }

    @Nested
    class FallBackInNewYork {

        static final QueueSlot SUNDAY_0130 = QueueSlot.of(SUNDAY, 1, 30);

        @Test
        void aSlotInTheRepeatedHourHappensOnceAtTheEarlierInstant() {
            QueueSlots queue = QueueSlots.of(NEW_YORK, SUNDAY_0130);
            Instant saturday = Instant.parse("2027-11-06T16:00:00Z");
            Instant firstPass = Instant.parse("2027-11-07T05:30:00Z");

            assertThat(queue.nextFreeSlot(saturday, Set.of())).isEqualTo(firstPass);
            assertThat(queue.nextFreeSlot(saturday, Set.of(firstPass))).isEqualTo(Instant.parse("2027-11-14T06:30:00Z"));
            assertThat(queue.nextFreeSlot(firstPass, Set.of())).isEqualTo(Instant.parse("2027-11-14T06:30:00Z"));
        }
    }

    @Nested
    class YearEnd {

        static final QueueSlots JAKARTA_QUEUE = QueueSlots.of(JAKARTA, QueueSlot.of(FRIDAY, 9, 0), QueueSlot.of(SATURDAY, 10, 0));

        @Test
        void fromMidweekReachesFridayThirtyFirst() {
            assertThat(JAKARTA_QUEUE.nextFreeSlot(at("2027-12-29T12:00", JAKARTA), Set.of()))
                    .isEqualTo(Instant.parse("2027-12-31T02:00:00Z"));
        }

        @Test
        void crossesIntoTheNewYear() {
            Instant friday31 = at("2027-12-31T09:00", JAKARTA);

            assertThat(JAKARTA_QUEUE.nextFreeSlot(friday31, Set.of())).isEqualTo(Instant.parse("2028-01-01T03:00:00Z"));
            assertThat(JAKARTA_QUEUE.nextFreeSlot(friday31, Set.of(Instant.parse("2028-01-01T03:00:00Z"))))
                    .isEqualTo(Instant.parse("2028-01-07T02:00:00Z"));
        }

        @Test
        void newYearsEveLateInUtcIsAlreadyNewYearInJakarta() {
            // 2027-12-31T20:00Z is Saturday 1 January 2028 03:00 in Jakarta.
            assertThat(JAKARTA_QUEUE.nextFreeSlot(Instant.parse("2027-12-31T20:00:00Z"), Set.of()))
                    .isEqualTo(Instant.parse("2028-01-01T03:00:00Z"));
        }

        @Test
        void crossesTheYearInSummerTimeDownUnder() {
            QueueSlots sydney = QueueSlots.of(SYDNEY, QueueSlot.of(WEDNESDAY, 8, 0));

            assertThat(sydney.nextFreeSlot(at("2027-12-30T00:00", SYDNEY), Set.of()))
                    .isEqualTo(Instant.parse("2028-01-04T21:00:00Z"));
        }
    }

    @Nested
    class Shape {

        @Test
        void anEmptyQueueIsAProblem() {
            QueueWithoutSlots problem = catchThrowableOfType(QueueWithoutSlots.class,
                    () -> new QueueSlots(JAKARTA, List.of()).nextFreeSlot(Instant.parse("2027-01-01T00:00:00Z"), Set.of()));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.slug()).isEqualTo("queue-without-slots");
        }

        @Test
        void duplicateSlotsCountOnceAndAreOrderedMondayFirst() {
            QueueSlots queue = QueueSlots.of(NEW_YORK, SUNDAY_0900, MONDAY_0900, SUNDAY_0230, MONDAY_0900);

            assertThat(queue.slots()).containsExactly(MONDAY_0900, SUNDAY_0230, SUNDAY_0900);
        }

        @Test
        void theResultIsStrictlyAfterTheGivenInstant() {
            Instant mondayNine = Instant.parse("2027-03-08T14:00:00Z");

            assertThat(QueueSlots.of(NEW_YORK, MONDAY_0900).nextFreeSlot(mondayNine, Set.of()))
                    .isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        }

        @Test
        void aLongRunOfTakenSlotsIsWalkedPast() {
            QueueSlots mondays = QueueSlots.of(JAKARTA, MONDAY_0900);
            Instant start = at("2027-01-01T00:00", JAKARTA);
            Set<Instant> taken = new HashSet<>(mondays.slotsBetween(start, at("2028-01-01T00:00", JAKARTA)));

            assertThat(taken).hasSize(52);
            assertThat(mondays.nextFreeSlot(start, taken)).isEqualTo(at("2028-01-03T09:00", JAKARTA));
        }
    }
}
