package org.sitrep.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.doc.Fact;
import org.sitrep.store.Provenance;
import org.sitrep.store.StoredFact;

/**
 * The record across documents, as pure functions over stored facts: the same fact from several sources merged into
 * one {@link Claim} that keeps every source; each {@link Slot}'s values over time, the latest superseding the
 * earlier ones, the history kept; {@link Conflict}s where sources disagree on a slot for the same period, kept and
 * never resolved; and each commitment's {@link CommitmentStatus} once its deadline has passed.
 *
 * <p>Dates are TimeML calendar values of any precision ({@code 2025}, {@code 2025-01}, {@code 2025-01-31}); they
 * order as strings, and a period has passed when a later date lies outside it. Two dates name the same period when
 * they are the same, or when one gives only a month and the other a day in it ({@link #samePeriod}). A fact whose
 * date is only its source's publication date (qualifier {@code asOfBasis} = {@code published}) is "as reported on"
 * that day, not dated by the text: figures so dated conflict when sources disagree within the same month. Today's
 * date never decides anything: a deadline is checked against a given "as of" date or the latest date in the record,
 * and the result says which.
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
     *     troops...), followed for a target by {@code /} and who committed to it when the text says
     *     ({@code personnel/kenya}, so that one country's pledge and another's are not taken for a disagreement);
     *     {@code actor@proposal} for positions, {@code by/currency} for funding (whose predicate is its status:
     *     pledged, received...), participants and date for events; empty when nothing
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

        /**
         * Whether its date is only the publication date of its source (qualifier {@code asOfBasis} =
         * {@code published}): the claim holds "as reported on" that day, the text gave no date of its own.
         */
        public boolean isDatedByPublication() {
            return asOf != null && "published".equals(fact.qualifiers().get("asOfBasis"));
        }

        /**
         * Whether it says the same as {@code other}: the same value, or figures that differ only by rounding, by at
         * most 0.5% of the larger ({@link FactRecord#ROUNDING}).
         */
        public boolean agreesWith(Claim other) {
            if (Objects.equals(value, other.value)) {
                return true;
            }
            Optional<Double> a = findNumber();
            Optional<Double> b = other.findNumber();
            if (a.isEmpty() || b.isEmpty()) {
                return false;
            }
            double larger = Math.max(Math.abs(a.get()), Math.abs(b.get()));
            return Math.abs(a.get() - b.get()) <= ROUNDING * larger;
        }

        /** The documents it was read in. */
        Set<String> documentIds() {
            Set<String> out = new HashSet<>();
            sources.forEach(src -> out.add(src.documentId()));
            return out;
        }
    }

    /** How far apart, as a share of the larger, two figures may be and still be one figure rounded: 0.5%. */
    public static final double ROUNDING = 0.005;

    /**
     * A slot's claims over time.
     *
     * @param slot the slot
     * @param history every claim, oldest first; claims without a date last
     * @param current the claims at the latest date, with those of other sources that disagree with them for the
     *     same period: one, or several when sources disagree on it
     */
    public record SlotHistory(Slot slot, List<Claim> history, List<Claim> current) {
        public SlotHistory {
            history = List.copyOf(history);
            current = List.copyOf(current);
        }

        /** Whether sources disagree on the current value (figures that differ only by rounding agree). */
        public boolean contested() {
            for (int i = 0; i < current.size(); i++) {
                for (int j = i + 1; j < current.size(); j++) {
                    if (!current.get(i).agreesWith(current.get(j))) {
                        return true;
                    }
                }
            }
            return false;
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
     * Sources disagreeing on one slot for the same period. Every side is shown; none wins.
     *
     * @param slot the slot
     * @param asOf the period they disagree on: the claims' date when they all give the same one, else the month
     *     they share ({@code 2024-08} for claims of {@code 2024-08} and {@code 2024-08-15}, or for figures reported
     *     on two days of August)
     * @param claims the differing claims, each with its own date and sources, oldest first
     */
    public record Conflict(Slot slot, String asOf, List<Claim> claims) {
        public Conflict {
            claims = List.copyOf(claims);
        }

        /** Whether every side is dated only by its publication: sources disagreeing on the figure they report. */
        public boolean isDatedByPublication() {
            return claims.stream().allMatch(Claim::isDatedByPublication);
        }
    }

    /** Where a commitment stands. */
    public enum Status {
        /** A figure dated in or after the deadline's period reached the target. */
        MET,
        /** The deadline has passed and the figures dated in or after its period all fell short. */
        NOT_MET,
        /** The deadline passed and the record holds no figure from then on. */
        UNKNOWN,
        /** The deadline has not passed as of the date checked, and no figure has reached the target yet. */
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
            case Fact.STRENGTH -> unitClass(f.findQualifier("unit").orElse(""));
            case Fact.TARGET -> unitClass(f.findQualifier("unit").orElse(""))
                    + f.findQualifier("committedBy").map(by -> "/" + by).orElse("");
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

    /**
     * The same fact from several sources, merged into one claim that keeps every source: the same slot and value
     * (and, for mandates, decision) at the same date; a claim that gives only the month joins one of the same value
     * dated to a day in that month (the earliest), which keeps its date. Values are compared as written: "about
     * 400" and "400" are one claim (told exactly by any source, it is not marked approximate), 400 and 402 two.
     * Oldest first.
     */
    public static List<Claim> merge(List<StoredFact> facts) {
        Map<String, Map<String, List<StoredFact>>> byValue = new LinkedHashMap<>();
        for (StoredFact sf : facts) {
            Fact f = sf.fact();
            String key = slotOf(f) + "|" + f.value() + (f.kind().equals(Fact.MANDATE) ? "|" + f.predicate() : "");
            byValue.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.toString(f.asOf(), ""), k -> new ArrayList<>()).add(sf);
        }
        List<Claim> out = new ArrayList<>();
        for (Map<String, List<StoredFact>> byDate : byValue.values()) {
            for (String month : List.copyOf(byDate.keySet())) {
                if (month.length() != 7 || !isCalendar(month)) {
                    continue;
                }
                byDate.keySet().stream().filter(d -> d.length() == 10 && d.startsWith(month) && isCalendar(d))
                        .min(Comparator.naturalOrder())
                        .ifPresent(day -> byDate.get(day).addAll(byDate.remove(month)));
            }
            for (Map.Entry<String, List<StoredFact>> e : byDate.entrySet()) {
                out.add(claimOf(e.getValue(), e.getKey().isEmpty() ? null : e.getKey()));
            }
        }
        out.sort(CLAIM_ORDER);
        return retold(out);
    }

    /** Kinds whose facts stand until changed: a pledge, a target, a position, a funding pledge. */
    private static final Set<String> STANDING = Set.of(Fact.TARGET, Fact.POSITION, Fact.FUNDING);

    /**
     * A standing fact told again later is the same fact: "Kenya pledged 1,000 officers" in three articles a year
     * apart is one pledge, dated when first told, with every source. A different value of the same slot told in
     * between (a stance changed, then changed back) keeps them apart. Claims sorted by {@link #CLAIM_ORDER}.
     */
    private static List<Claim> retold(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        Map<Slot, Claim> lastOfSlot = new HashMap<>();
        Map<String, Integer> openAt = new HashMap<>();
        for (Claim c : claims) {
            if (!STANDING.contains(c.slot().kind())) {
                out.add(c);
                continue;
            }
            String key = c.slot() + "|" + c.value();
            Integer at = openAt.get(key);
            Claim last = lastOfSlot.get(c.slot());
            boolean changedSince = last != null && at != null && !last.value().equals(c.value());
            if (at != null && !changedSince) {
                out.set(at, joined(out.get(at), c));
            } else {
                openAt.put(key, out.size());
                out.add(c);
            }
            lastOfSlot.put(c.slot(), c);
        }
        return out;
    }

    /** The first claim told again: its date and telling, with the qualifiers and sources of both. */
    private static Claim joined(Claim first, Claim again) {
        Map<String, String> q = new LinkedHashMap<>(first.fact().qualifiers());
        again.fact().qualifiers().forEach(q::putIfAbsent);
        List<Source> sources = new ArrayList<>(first.sources());
        for (Source s : again.sources()) {
            if (sources.stream().noneMatch(x -> x.documentId().equals(s.documentId()))) {
                sources.add(s);
            }
        }
        sources.sort(Comparator.comparing(Source::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::source));
        Fact f = first.fact();
        Fact merged = new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(), f.asOf(), q,
                f.extractor(), f.confidence());
        return new Claim(first.slot(), first.value(), first.asOf(), merged, sources);
    }

    /** One claim from the tellings of one fact: the most confident telling dated {@code asOf}, every source. */
    private static Claim claimOf(List<StoredFact> tellings, String asOf) {
        StoredFact best = tellings.stream().filter(sf -> Objects.equals(sf.fact().asOf(), asOf))
                .max(Comparator.comparingDouble(sf -> sf.fact().confidence())).orElseThrow();
        Map<String, String> q = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        boolean toldExactly = false;
        for (StoredFact sf : tellings) {
            sf.fact().qualifiers().forEach(q::putIfAbsent);
            toldExactly |= "false".equals(sf.fact().qualifiers().get("approximate"));
            Source s = Source.of(sf.provenance());
            if (sources.stream().noneMatch(x -> x.documentId().equals(s.documentId()))) {
                sources.add(s);
            }
        }
        q.putAll(best.fact().qualifiers());
        if (toldExactly && q.containsKey("approximate")) {
            q.put("approximate", "false");
        }
        sources.sort(Comparator.comparing(Source::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::source));
        Fact f = best.fact();
        Fact merged = new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(), f.asOf(), q,
                f.extractor(), f.confidence());
        return new Claim(slotOf(f), f.value(), f.asOf(), merged, sources);
    }

    /** Oldest first by date (undated last), then by value. */
    static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing((Claim c) -> isCalendar(c.asOf()) ? c.asOf() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::value);

    /** Every slot's history. */
    public static List<SlotHistory> histories(List<StoredFact> facts) {
        List<SlotHistory> out = new ArrayList<>();
        for (Map.Entry<Slot, List<Claim>> e : bySlot(merge(facts)).entrySet()) {
            List<Claim> claims = e.getValue();
            String latest = claims.stream().map(Claim::asOf).filter(FactRecord::isCalendar)
                    .max(Comparator.naturalOrder()).orElse(null);
            List<Claim> current;
            if (latest == null) {
                current = claims.subList(claims.size() - 1, claims.size());
            } else {
                Set<Claim> now = new HashSet<>();
                for (Claim c : claims) {
                    if (latest.equals(c.asOf())) {
                        now.add(c);
                    }
                }
                for (List<Claim> disagreeing : disagreements(claims)) {
                    if (disagreeing.stream().anyMatch(c -> latest.equals(c.asOf()))) {
                        now.addAll(disagreeing);
                    }
                }
                current = claims.stream().filter(now::contains).toList();
            }
            out.add(new SlotHistory(e.getKey(), claims, current));
        }
        return out;
    }

    private static Map<Slot, List<Claim>> bySlot(List<Claim> claims) {
        Map<Slot, List<Claim>> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            out.computeIfAbsent(c.slot(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** The history of one slot, if the record has it. */
    public static Optional<SlotHistory> findHistory(List<StoredFact> facts, Slot slot) {
        return histories(facts).stream().filter(h -> h.slot().equals(slot)).findFirst();
    }

    /**
     * Slots where sources disagree for the same period: values that differ by more than rounding, reported by more
     * than one document, for the same day, or the same month where either gives only the month, or (figures whose
     * date is only the publication date) reported in the same month. One document telling a change ("proposed ...
     * then retracted") is not a conflict; events and undated claims never conflict. Claims that disagree with one
     * another directly or through a third are one conflict. In the order of their earliest claim.
     */
    public static List<Conflict> conflicts(List<StoredFact> facts) {
        List<Conflict> out = new ArrayList<>();
        for (List<Claim> claims : bySlot(merge(facts)).values()) {
            for (List<Claim> disagreeing : disagreements(claims)) {
                out.add(new Conflict(disagreeing.get(0).slot(), sharedPeriod(disagreeing), disagreeing));
            }
        }
        out.sort(Comparator.comparing((Conflict c) -> c.claims().get(0), CLAIM_ORDER));
        return out;
    }

    /**
     * The claims of one slot (oldest first) that disagree, in groups: two claims are in one group when they
     * {@link #disagree} or each disagrees with a third in it. Each group oldest first.
     */
    private static List<List<Claim>> disagreements(List<Claim> claims) {
        int n = claims.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        boolean[] inConflict = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (disagree(claims.get(i), claims.get(j))) {
                    inConflict[i] = true;
                    inConflict[j] = true;
                    int a = root(group, i);
                    int b = root(group, j);
                    group[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<Integer, List<Claim>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (inConflict[i]) {
                groups.computeIfAbsent(root(group, i), k -> new ArrayList<>()).add(claims.get(i));
            }
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    /**
     * Whether two claims of one slot are sources disagreeing: dated claims, no event, of more than one document
     * between them, with values that differ by more than rounding, for the {@link #samePeriod same period} or, both
     * figures dated only by publication, reported in the same month.
     */
    static boolean disagree(Claim a, Claim b) {
        if (a.slot().kind().equals(Fact.EVENT) || !isCalendar(a.asOf()) || !isCalendar(b.asOf())
                || a.agreesWith(b)) {
            return false;
        }
        Set<String> documents = a.documentIds();
        documents.addAll(b.documentIds());
        if (documents.size() < 2) {
            return false;
        }
        boolean reportedSameMonth = a.isDatedByPublication() && b.isDatedByPublication()
                && a.findNumber().isPresent() && b.findNumber().isPresent()
                && a.asOf().length() >= 7 && b.asOf().length() >= 7
                && a.asOf().substring(0, 7).equals(b.asOf().substring(0, 7));
        return reportedSameMonth || samePeriod(a.asOf(), b.asOf());
    }

    /**
     * Whether two calendar dates name the same period: the same date, or a month and a day in that month
     * ({@code 2024-08} and {@code 2024-08-15}). A year is the same period only as that year.
     */
    public static boolean samePeriod(String a, String b) {
        if (!isCalendar(a) || !isCalendar(b)) {
            return false;
        }
        return a.equals(b) || (a.length() == 7 && b.startsWith(a)) || (b.length() == 7 && a.startsWith(b));
    }

    /** The period disagreeing claims share: their date when they all give one, else their month. */
    private static String sharedPeriod(List<Claim> claims) {
        String first = claims.get(0).asOf();
        return claims.stream().allMatch(c -> first.equals(c.asOf())) || first.length() < 7 ? first
                : first.substring(0, 7);
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
     * Each commitment (a target with a deadline, by whoever its {@code committedBy} names) checked against the
     * strength figures of its subject and unit class dated in or after its deadline's period (a figure of
     * 2025-01-20 counts for a deadline of 2025-01) and not after the date checked. A figure that reaches the target
     * makes it met, even before the deadline's period has ended; otherwise it is pending until the date checked lies
     * past that period, then not met, or unknown when no figure counts.
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
            String unitClass = unitClass(target.fact().findQualifier("unit").orElse(""));
            List<Claim> evidence = new ArrayList<>();
            for (Claim c : claims) {
                if (c.slot().kind().equals(Fact.STRENGTH) && c.slot().subject().equals(target.slot().subject())
                        && c.slot().detail().equals(unitClass) && isCalendar(c.asOf())
                        && inOrAfter(c.asOf(), due) && !after(c.asOf(), checkedAsOf)) {
                    evidence.add(c);
                }
            }
            Optional<Claim> reached = evidence.stream()
                    .filter(c -> c.findNumber().map(n -> n >= goal).orElse(false)).findFirst();
            if (reached.isPresent()) {
                out.add(new CommitmentStatus(target, due, Status.MET, checkedAsOf, basis, evidence,
                        "reached " + reached.get().value() + " " + dated(reached.get()) + " against a target of "
                                + target.value() + " by " + due));
                continue;
            }
            if (!after(checkedAsOf, due)) {
                out.add(new CommitmentStatus(target, due, Status.PENDING, checkedAsOf, basis, evidence,
                        "the deadline " + due + " has not passed as of " + checkedAsOf));
                continue;
            }
            if (evidence.isEmpty()) {
                out.add(new CommitmentStatus(target, due, Status.UNKNOWN, checkedAsOf, basis, List.of(),
                        "the deadline " + due + " has passed, but the record holds no figure from then on"));
                continue;
            }
            Claim last = evidence.get(evidence.size() - 1);
            List<String> latestValues = evidence.stream().filter(c -> c.asOf().equals(last.asOf()))
                    .map(Claim::value).distinct().toList();
            out.add(new CommitmentStatus(target, due, Status.NOT_MET, checkedAsOf, basis, evidence,
                    "no figure reported from " + due + " on reaches " + target.value() + "; the latest: "
                            + String.join(" and ", latestValues) + " " + dated(last)));
        }
        return out;
    }

    /** A claim's date in words: "as of 2025-03-01", or "reported on 2025-03-01" when only published then. */
    private static String dated(Claim c) {
        return (c.isDatedByPublication() ? "reported on " : "as of ") + c.asOf();
    }

    /** Whether the date {@code a} lies in the period {@code b} or after it: "2025-01-20" and "2025-02" for "2025-01". */
    static boolean inOrAfter(String a, String b) {
        return a.compareTo(b) >= 0;
    }

    /** Whether the period {@code a} begins after the period {@code b} has ended: "2025-02-01" after "2025-01". */
    static boolean after(String a, String b) {
        return a.compareTo(b) > 0 && !a.startsWith(b);
    }

    /** Whether {@code value} is a calendar date, month or year ({@code 2025-03-01}, {@code 2025-03}, {@code 2025}). */
    public static boolean isCalendar(String value) {
        return DocumentView.isCalendar(value);
    }
}
