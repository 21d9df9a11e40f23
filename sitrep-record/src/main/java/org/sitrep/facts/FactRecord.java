package org.sitrep.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.doc.Fact;
import org.sitrep.store.Provenance;
import org.sitrep.store.StoredFact;

/**
 * The record across documents, as pure functions over stored facts: the same fact from several sources merged into
 * one {@link Claim} that keeps every source; each {@link Slot}'s values over time, the latest superseding the
 * earlier ones, the history kept; {@link Conflict}s where sources disagree on a slot for the same date, kept and never
 * resolved; and each commitment's {@link CommitmentStatus} once its deadline has passed.
 *
 * <p>Dates are TimeML calendar values of any precision ({@code 2025}, {@code 2025-01}, {@code 2025-01-31}); they
 * order as strings, and a period has passed when a later date lies outside it. Today's date never decides anything:
 * a deadline is checked against a given "as of" date or the latest date in the record, and the result says which.
 *
 * <p>Thread safety: stateless; the records it returns are immutable.
 *
 * <p>Failure: facts with odd or missing dates are kept (sorted last, never taken as current or as evidence);
 * nothing here throws for bad data.
 */
public final class FactRecord {
    private FactRecord() {
    }

    /**
     * What a fact is about, so that later facts of the same slot supersede earlier ones.
     *
     * @param subject entity id
     * @param kind fact kind
     * @param predicate predicate ("strength", "target", "position"; "decision" for every mandate decision)
     * @param detail what else tells slots apart: the unit class for figures ({@code personnel} for officers,
     *     troops...), {@code actor@proposal} for positions, {@code by/currency} for funding, participants and date
     *     for events; empty when nothing
     */
    public record Slot(String subject, String kind, String predicate, String detail) {
        /** A short label: {@code mss strength personnel}. */
        public String label() {
            return subject + " " + predicate + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    /**
     * Where a claim was read.
     *
     * @param documentId content hash
     * @param source path or URL
     * @param title title, or null
     * @param published publication date, or null when unknown
     * @param evidence the sentence
     */
    public record Source(String documentId, String source, String title, String published, String evidence) {
        static Source of(Provenance p) {
            return new Source(p.documentId(), p.source(), p.title(), p.published() == null ? null
                    : p.published().value(), p.evidence());
        }
    }

    /**
     * One statement of the record as one or more sources made it.
     *
     * @param slot what it is about
     * @param value the value
     * @param asOf when it holds, or null when unknown
     * @param fact the most confident telling (its qualifiers merged with the others')
     * @param sources every source that made it, oldest first
     */
    public record Claim(Slot slot, String value, String asOf, Fact fact, List<Source> sources) {
        public Claim {
            sources = List.copyOf(sources);
        }

        /** The value as a number, if it is one. */
        public Optional<Double> findNumber() {
            try {
                return Optional.of(Double.parseDouble(value));
            } catch (NumberFormatException | NullPointerException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A slot's claims over time.
     *
     * @param slot the slot
     * @param history every claim, oldest first; claims without a date last
     * @param current the claims at the latest date: one, or several when sources disagree on it
     */
    public record SlotHistory(Slot slot, List<Claim> history, List<Claim> current) {
        public SlotHistory {
            history = List.copyOf(history);
            current = List.copyOf(current);
        }

        /** Whether sources disagree on the current value. */
        public boolean contested() {
            return current.stream().map(Claim::value).distinct().count() > 1;
        }

        /** The current claim when sources agree on it. */
        public Optional<Claim> findLatest() {
            return contested() || current.isEmpty() ? Optional.empty() : Optional.of(current.get(0));
        }

        /** Claims the current ones replaced, newest first. */
        public List<Claim> superseded() {
            List<Claim> out = new ArrayList<>(history);
            out.removeAll(current);
            out.removeIf(c -> c.asOf() == null);
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /**
     * Sources disagreeing on one slot for the same date. Both are shown; neither wins.
     *
     * @param slot the slot
     * @param asOf the date they disagree on
     * @param claims the differing claims, each with its sources
     */
    public record Conflict(Slot slot, String asOf, List<Claim> claims) {
        public Conflict {
            claims = List.copyOf(claims);
        }
    }

    /** Where a commitment stands. */
    public enum Status {
        /** A figure reported on or after the deadline reached the target. */
        MET,
        /** Figures reported on or after the deadline all fell short. */
        NOT_MET,
        /** The deadline passed and the record holds no figure from then on. */
        UNKNOWN,
        /** The deadline has not passed as of the date checked. */
        PENDING;

        /** The lower-case name used in JSON and reports: {@code not-met}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A commitment checked against the record.
     *
     * @param commitment the target claim (its sources are everyone who reported it)
     * @param due the deadline
     * @param status where it stands
     * @param checkedAsOf the date it was checked as of
     * @param checkedAsOfBasis {@code given} (a date the caller gave) or {@code latest-in-record}
     * @param evidence the figures it was checked against, oldest first
     * @param explanation one sentence saying why
     */
    public record CommitmentStatus(Claim commitment, String due, Status status, String checkedAsOf,
            String checkedAsOfBasis, List<Claim> evidence, String explanation) {
        public CommitmentStatus {
            evidence = List.copyOf(evidence);
        }
    }

    /** The slot a fact fills. */
    public static Slot slotOf(Fact f) {
        String detail = switch (f.kind()) {
            case Fact.STRENGTH, Fact.TARGET -> unitClass(f.findQualifier("unit").orElse(""));
            case Fact.POSITION -> f.findQualifier("actor").orElse("") + "@" + f.findQualifier("proposal").orElse("");
            case Fact.FUNDING -> f.findQualifier("by").orElse("") + "/" + f.findQualifier("currency").orElse("");
            case Fact.EVENT -> f.findQualifier("participants").orElse("") + "@" + Objects.toString(f.asOf(), "");
            default -> "";
        };
        String predicate = f.kind().equals(Fact.MANDATE) ? "decision" : f.predicate();
        return new Slot(f.subject(), f.kind(), predicate, detail);
    }

    private static String unitClass(String unit) {
        return QuantityRules.PERSONNEL.contains(unit) ? "personnel" : unit;
    }

    /** The same fact from several sources, merged: same slot, value and date. Oldest first. */
    public static List<Claim> merge(List<StoredFact> facts) {
        Map<String, List<StoredFact>> groups = new LinkedHashMap<>();
        for (StoredFact sf : facts) {
            Fact f = sf.fact();
            Slot slot = slotOf(f);
            String key = slot + "|" + f.value() + "|" + f.asOf()
                    + (f.kind().equals(Fact.MANDATE) ? "|" + f.predicate() : "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(sf);
        }
        List<Claim> out = new ArrayList<>();
        for (List<StoredFact> g : groups.values()) {
            StoredFact best = g.stream().max(Comparator.comparingDouble(sf -> sf.fact().confidence())).orElseThrow();
            Map<String, String> q = new LinkedHashMap<>();
            List<Source> sources = new ArrayList<>();
            for (StoredFact sf : g) {
                sf.fact().qualifiers().forEach(q::putIfAbsent);
                Source s = Source.of(sf.provenance());
                if (sources.stream().noneMatch(x -> x.documentId().equals(s.documentId()))) {
                    sources.add(s);
                }
            }
            q.putAll(best.fact().qualifiers());
            sources.sort(Comparator.comparing(Source::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Source::source));
            Fact f = best.fact();
            Fact merged = new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(), f.asOf(), q,
                    f.extractor(), f.confidence());
            out.add(new Claim(slotOf(f), f.value(), f.asOf(), merged, sources));
        }
        out.sort(CLAIM_ORDER);
        return out;
    }

    /** Oldest first by date (undated last), then by value. */
    static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing((Claim c) -> isCalendar(c.asOf()) ? c.asOf() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::value);

    /** Every slot's history. */
    public static List<SlotHistory> histories(List<StoredFact> facts) {
        Map<Slot, List<Claim>> bySlot = new LinkedHashMap<>();
        for (Claim c : merge(facts)) {
            bySlot.computeIfAbsent(c.slot(), k -> new ArrayList<>()).add(c);
        }
        List<SlotHistory> out = new ArrayList<>();
        for (Map.Entry<Slot, List<Claim>> e : bySlot.entrySet()) {
            List<Claim> claims = e.getValue();
            String latest = claims.stream().map(Claim::asOf).filter(FactRecord::isCalendar)
                    .max(Comparator.naturalOrder()).orElse(null);
            List<Claim> current = latest == null ? claims.subList(claims.size() - 1, claims.size())
                    : claims.stream().filter(c -> latest.equals(c.asOf())).toList();
            out.add(new SlotHistory(e.getKey(), claims, current));
        }
        return out;
    }

    /** The history of one slot, if the record has it. */
    public static Optional<SlotHistory> findHistory(List<StoredFact> facts, Slot slot) {
        return histories(facts).stream().filter(h -> h.slot().equals(slot)).findFirst();
    }

    /**
     * Slots where sources disagree for the same date: differing values reported by more than one document (one
     * document telling a change, "proposed ... then retracted", is not a conflict; events and undated claims never
     * conflict).
     */
    public static List<Conflict> conflicts(List<StoredFact> facts) {
        Map<String, List<Claim>> byDate = new LinkedHashMap<>();
        for (Claim c : merge(facts)) {
            if (c.asOf() != null && !c.slot().kind().equals(Fact.EVENT)) {
                byDate.computeIfAbsent(c.slot() + "|" + c.asOf(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Claim> claims : byDate.values()) {
            java.util.Set<String> documents = new java.util.HashSet<>();
            claims.forEach(c -> c.sources().forEach(src -> documents.add(src.documentId())));
            if (claims.stream().map(Claim::value).distinct().count() > 1 && documents.size() > 1) {
                out.add(new Conflict(claims.get(0).slot(), claims.get(0).asOf(), claims));
            }
        }
        return out;
    }

    /** The latest calendar date the record holds, in facts or publication dates; null when none. */
    public static String latestDate(List<StoredFact> facts) {
        String latest = null;
        for (StoredFact sf : facts) {
            for (String d : new String[] {sf.fact().asOf(), sf.provenance().published() == null ? null : sf.provenance().published().value()}) {
                if (isCalendar(d) && (latest == null || d.compareTo(latest) > 0)) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /** What the record held on {@code date}: facts dated on or before it, or undated ones published by then. */
    public static List<StoredFact> heldOn(List<StoredFact> facts, String date) {
        List<StoredFact> out = new ArrayList<>();
        for (StoredFact sf : facts) {
            String d = sf.fact().asOf();
            if (!isCalendar(d) && sf.provenance().published() != null) {
                d = sf.provenance().published().value();
            }
            if (isCalendar(d) && !after(d, date)) {
                out.add(sf);
            }
        }
        return out;
    }

    /**
     * Each commitment (a target with a deadline) checked against the strength figures of its subject reported on or
     * after its deadline.
     *
     * @param asOf the date to check as of, or null for the latest date in the record
     */
    public static List<CommitmentStatus> commitments(List<StoredFact> facts, String asOf) {
        String checkedAsOf = isCalendar(asOf) ? asOf : latestDate(facts);
        String basis = isCalendar(asOf) ? "given" : "latest-in-record";
        List<Claim> claims = merge(facts);
        Map<String, Claim> targets = new LinkedHashMap<>();
        Map<String, List<Source>> targetSources = new LinkedHashMap<>();
        for (Claim c : claims) {
            Optional<String> due = c.fact().findQualifier("due");
            if (c.slot().kind().equals(Fact.TARGET) && due.isPresent() && isCalendar(due.get())) {
                String key = c.slot() + "|" + c.value() + "|" + due.get();
                targets.putIfAbsent(key, c);
                List<Source> all = targetSources.computeIfAbsent(key, k -> new ArrayList<>());
                for (Source s : c.sources()) {
                    if (all.stream().noneMatch(x -> x.documentId().equals(s.documentId()))) {
                        all.add(s);
                    }
                }
            }
        }
        List<CommitmentStatus> out = new ArrayList<>();
        for (Map.Entry<String, Claim> e : targets.entrySet()) {
            Claim t0 = e.getValue();
            Claim target = new Claim(t0.slot(), t0.value(), t0.asOf(), t0.fact(), targetSources.get(e.getKey()));
            String due = target.fact().findQualifier("due").orElseThrow();
            double goal = target.findNumber().orElse(Double.NaN);
            if (checkedAsOf == null) {
                out.add(new CommitmentStatus(target, due, Status.UNKNOWN, null, basis, List.of(),
                        "the record holds no dates to check the deadline against"));
                continue;
            }
            if (!after(checkedAsOf, due)) {
                out.add(new CommitmentStatus(target, due, Status.PENDING, checkedAsOf, basis, List.of(),
                        "the deadline " + due + " has not passed as of " + checkedAsOf));
                continue;
            }
            List<Claim> evidence = new ArrayList<>();
            for (Claim c : claims) {
                if (c.slot().kind().equals(Fact.STRENGTH) && c.slot().subject().equals(target.slot().subject())
                        && c.slot().detail().equals(target.slot().detail()) && isCalendar(c.asOf())
                        && c.asOf().compareTo(due) >= 0 && !after(c.asOf(), checkedAsOf)) {
                    evidence.add(c);
                }
            }
            if (evidence.isEmpty()) {
                out.add(new CommitmentStatus(target, due, Status.UNKNOWN, checkedAsOf, basis, List.of(),
                        "the deadline " + due + " has passed, but the record holds no figure from then on"));
                continue;
            }
            Optional<Claim> reached = evidence.stream()
                    .filter(c -> c.findNumber().map(n -> n >= goal).orElse(false)).findFirst();
            Claim last = evidence.get(evidence.size() - 1);
            if (reached.isPresent()) {
                out.add(new CommitmentStatus(target, due, Status.MET, checkedAsOf, basis, evidence,
                        "reached " + reached.get().value() + " as of " + reached.get().asOf() + " against a target of "
                                + target.value() + " by " + due));
            } else {
                List<String> latestValues = evidence.stream().filter(c -> c.asOf().equals(last.asOf()))
                        .map(Claim::value).distinct().toList();
                out.add(new CommitmentStatus(target, due, Status.NOT_MET, checkedAsOf, basis, evidence,
                        "no figure reported from " + due + " on reaches " + target.value() + "; the latest: "
                                + String.join(" and ", latestValues) + " as of " + last.asOf()));
            }
        }
        return out;
    }

    /** Whether the period {@code a} begins after the period {@code b} has ended: "2025-02-01" after "2025-01". */
    static boolean after(String a, String b) {
        return a.compareTo(b) > 0 && !a.startsWith(b);
    }

    static boolean isCalendar(String value) {
        return DocumentView.isCalendar(value);
    }
}
