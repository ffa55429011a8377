package eu.dmhub.recommendation.domain;

import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

/**
 * One step of a company's action plan: a catalogue entry, who owns it, by when, how far it is and
 * notes. {@code doneAt} is when it was last marked done, and only while it is done.
 */
public record PlanItem(
        UUID id,
        CompanyId company,
        String entryId,
        String dimension,
        UUID assessmentId,
        String owner,
        LocalDate targetDate,
        Status status,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        Instant doneAt) {

    public static final int MAX_OWNER = 120;
    public static final int MAX_NOTES = 2_000;

    /** Where an item stands. */
    public enum Status {
        PLANNED,
        IN_PROGRESS,
        DONE,
        DROPPED;

        /** The form and API spelling: {@code in-progress}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Status parse(String text) {
            return Status.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** A change as typed in a form or sent to the API; {@code null} leaves a field as it is. */
    public record Change(String owner, String targetDate, String status, String notes) {}

    public static PlanItem plan(CompanyId company, String entryId, String dimension, UUID assessmentId, Instant now) {
        return new PlanItem(
                UUID.randomUUID(),
                company,
                entryId,
                dimension,
                assessmentId,
                null,
                null,
                Status.PLANNED,
                null,
                now,
                now,
                null);
    }

    /** The item after the change; every bad field is named at once and nothing changes. */
    public PlanItem with(Change change, Instant now) {
        var problems = new ArrayList<InvalidInput.Problem>();
        String newOwner = owner;
        if (change.owner() != null) {
            newOwner = change.owner().isBlank() ? null : change.owner().strip();
            if (newOwner != null && newOwner.length() > MAX_OWNER) {
                problems.add(InvalidInput.Problem.of("owner", "error.plan.too-long", MAX_OWNER));
            }
        }
        LocalDate newDate = targetDate;
        if (change.targetDate() != null) {
            try {
                newDate = change.targetDate().isBlank()
                        ? null
                        : LocalDate.parse(change.targetDate().strip());
                if (newDate != null && (newDate.getYear() < 2000 || newDate.getYear() > 2100)) {
                    problems.add(InvalidInput.Problem.of("targetDate", "error.plan.date-range"));
                }
            } catch (DateTimeParseException e) {
                problems.add(InvalidInput.Problem.of("targetDate", "error.plan.date", change.targetDate()));
            }
        }
        Status newStatus = status;
        if (change.status() != null) {
            try {
                newStatus = Status.parse(change.status());
            } catch (IllegalArgumentException e) {
                problems.add(InvalidInput.Problem.of("status", "error.plan.status", change.status()));
            }
        }
        String newNotes = notes;
        if (change.notes() != null) {
            newNotes = change.notes().isBlank() ? null : change.notes().strip();
            if (newNotes != null && newNotes.length() > MAX_NOTES) {
                problems.add(InvalidInput.Problem.of("notes", "error.plan.too-long", MAX_NOTES));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant newDoneAt = newStatus != Status.DONE ? null : status == Status.DONE ? doneAt : now;
        return new PlanItem(
                id,
                company,
                entryId,
                dimension,
                assessmentId,
                newOwner,
                newDate,
                newStatus,
                newNotes,
                createdAt,
                now,
                newDoneAt);
    }

    /** Planned again after it was dropped: the same item, back to planned. */
    public PlanItem replanned(Instant now) {
        return status == Status.DROPPED ? with(new Change(null, null, "planned", null), now) : this;
    }
}
