package org.sitrep.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.annotate.entity.EntityRegistry;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Fact;
import org.sitrep.facts.FactRecord;
import org.sitrep.facts.FactRecord.Claim;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredFact;
import org.sitrep.store.StoredQuote;

/** Puts a {@link SituationReport} together from a store. One instance serves one call; not thread-safe. */
final class ReportAssembly {
    /** Qualifiers that name who took part in a fact: a subject named in one takes part in it. */
    private static final List<String> PARTAKING = List.of("actor", "via", "participants", "committedBy", "decidedBy",
            "ledBy", "by");

    private final Store store;
    private final Map<String, String> names = new HashMap<>();
    private List<StoredEntity> entities;

    ReportAssembly(Store store) {
        this.store = store;
    }

    SituationReport assemble(String subjectQuery, String asOf) {
        SubjectResolution.Resolved resolved = SubjectResolution.resolve(entities(), subjectQuery);
        StoredEntity subject = resolved.primary();
        Set<String> ids = new LinkedHashSet<>(resolved.ids());
        List<StoredFact> own = new ArrayList<>();
        for (String id : ids) {
            own.addAll(store.facts(FactQuery.all().withSubject(id)));
        }
        String type = typeOf(subject, own);
        List<StoredFact> facts = new ArrayList<>(own);
        facts.addAll(partaking(ids));
        if (asOf != null) {
            own = FactRecord.heldOn(own, asOf);
            facts = FactRecord.heldOn(facts, asOf);
        }
        List<Claim> claims = FactRecord.merge(facts);

        List<SituationReport.Item> timeline = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.fact().predicate().equals("funding-model")) {
                timeline.add(item(c));
            }
        }
        timeline.sort(Comparator.comparing(SituationReport.Item::date, Comparator.nullsLast(Comparator.naturalOrder())));

        List<SituationReport.Commitment> commitments = commitments(facts, ids, asOf);

        List<SituationReport.ConflictItem> conflicts = new ArrayList<>();
        for (FactRecord.Conflict c : FactRecord.conflicts(own)) {
            conflicts.add(new SituationReport.ConflictItem(c.slot().label(), c.asOf(),
                    c.isDatedByPublication() ? SituationReport.REPORTED : SituationReport.STATED,
                    c.claims().stream().map(this::item).toList()));
        }

        List<SituationReport.Position> positions = new ArrayList<>();
        for (Claim c : claims) {
            if (c.slot().kind().equals(Fact.POSITION)) {
                Fact f = c.fact();
                String actor = f.findQualifier("actor").orElse("");
                String via = f.findQualifier("via").orElse(null);
                String proposal = f.findQualifier("proposal").orElse("");
                positions.add(new SituationReport.Position(actor, name(actor), proposal,
                        proposalName(proposal, f.findQualifier("proposalName").orElse(null)), f.value(), c.asOf(),
                        dateBasis(c), via, via == null ? null : names(via), evidence(c), refs(c)));
            }
        }
        positions.sort(Comparator.comparing(SituationReport.Position::proposal)
                .thenComparing(SituationReport.Position::actorName)
                .thenComparing(SituationReport.Position::date, Comparator.nullsLast(Comparator.naturalOrder())));

        SituationReport.CurrentState current = current(own);
        List<SituationReport.QuoteItem> quotes = new ReportQuotes(store).select(quoteFilter(subject, type, ids, facts),
                asOf);

        Map<String, SituationReport.SourceRef> sources = new LinkedHashMap<>();
        for (StoredFact sf : facts) {
            SituationReport.SourceRef r = ref(sf.provenance());
            sources.putIfAbsent(r.documentId(), r);
        }
        for (SituationReport.QuoteItem q : quotes) {
            q.sources().forEach(r -> sources.putIfAbsent(r.documentId(), r));
        }
        List<SituationReport.SourceRef> sourceList = new ArrayList<>(sources.values());
        sourceList.sort(Comparator.comparing(SituationReport.SourceRef::published,
                Comparator.nullsLast(Comparator.<String>reverseOrder())).thenComparing(SituationReport.SourceRef::source));

        String reportDate = asOf != null ? asOf : latestDate(facts, sourceList);
        return new SituationReport(SituationReport.VERSION, subjectOf(subject, type), reportDate,
                asOf != null ? "given" : "latest-in-record", current, timeline, commitments, positions, quotes,
                conflicts, sourceList, copies(sourceList));
    }

    /** The subject a query names, as the report shows it. */
    SituationReport.Subject subjectOf(String query) {
        SubjectResolution.Resolved resolved = SubjectResolution.resolve(entities(), query);
        List<StoredFact> own = new ArrayList<>();
        for (String id : resolved.ids()) {
            own.addAll(store.facts(FactQuery.all().withSubject(id)));
        }
        return subjectOf(resolved.primary(), typeOf(resolved.primary(), own));
    }

    private SituationReport.Subject subjectOf(StoredEntity e, String type) {
        return new SituationReport.Subject(e.id(), e.name(), type, SubjectResolution.namesOf(e),
                type.equals(SituationReport.PERSON) ? SubjectResolution.titlesOf(e) : List.of());
    }

    /**
     * What a subject is: a person; a country (the registry knows its people's name); a mission, by its name ("...
     * Mission in Sudan", "Kosovo Force", "UN peacekeepers in Lebanon") or because the record holds its strength or
     * its mandate; else an organization, a place or another thing, as the entity stage typed it.
     */
    static String typeOf(StoredEntity e, List<StoredFact> ownFacts) {
        if (Mention.PERSON.equals(e.type())) {
            return SituationReport.PERSON;
        }
        boolean country = EntityRegistry.standard().findById(e.id()).filter(x -> !x.demonyms().isEmpty()).isPresent()
                || EntityRegistry.standard().findByName(e.name()).filter(x -> !x.demonyms().isEmpty()).isPresent();
        if (country) {
            return SituationReport.COUNTRY;
        }
        boolean missionFacts = ownFacts.stream().anyMatch(sf -> sf.fact().kind().equals(Fact.MANDATE)
                || sf.fact().kind().equals(Fact.STRENGTH));
        if (EntityAnnotator.isMissionName(e.name()) || EntityAnnotator.isDescribedMission(e.name()) || missionFacts) {
            return SituationReport.MISSION;
        }
        return switch (e.type()) {
            case Mention.ORGANIZATION -> SituationReport.ORGANIZATION;
            case Mention.LOCATION -> SituationReport.PLACE;
            default -> SituationReport.OTHER;
        };
    }

    /** Facts about other subjects that the subject takes part in: as actor, participant, pledger, speaker... */
    private List<StoredFact> partaking(Set<String> ids) {
        List<StoredFact> out = new ArrayList<>();
        for (StoredFact sf : allFacts()) {
            if (!ids.contains(sf.fact().subject()) && takesPart(sf.fact(), ids)) {
                out.add(sf);
            }
        }
        return out;
    }

    private static boolean takesPart(Fact f, Set<String> ids) {
        for (String key : PARTAKING) {
            String v = f.qualifiers().get(key);
            if (v != null) {
                for (String id : v.split(",")) {
                    if (ids.contains(id.strip())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every stored fact, a page at a time. */
    private List<StoredFact> allFacts() {
        return everyPage(page -> store.facts(new FactQuery(null, null, null, null, page)));
    }

    /** Every row a paged query gives, a page at a time (a record may hold more than one page). */
    static <T> List<T> everyPage(java.util.function.Function<org.sitrep.store.Page, List<T>> query) {
        List<T> out = new ArrayList<>();
        int size = 10_000;
        for (int offset = 0;; offset += size) {
            List<T> page = query.apply(new org.sitrep.store.Page(offset, size));
            out.addAll(page);
            if (page.size() < size) {
                return out;
            }
        }
    }

    /**
     * The commitments among the report's facts, each checked against the figures of the subject it is about (a
     * country's pledge to a mission against the mission's strength).
     */
    private List<SituationReport.Commitment> commitments(List<StoredFact> facts, Set<String> ids, String asOf) {
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> targets = new HashSet<>();
        for (StoredFact sf : facts) {
            if (sf.fact().kind().equals(Fact.TARGET)) {
                subjects.add(sf.fact().subject());
                targets.add(sf.provenance().documentId() + "@" + sf.fact().start() + "-" + sf.fact().end());
            }
        }
        List<StoredFact> context = new ArrayList<>(facts);
        for (String s : subjects) {
            if (s != null && !ids.contains(s)) {
                for (StoredFact sf : store.facts(FactQuery.all().withSubject(s))) {
                    if (sf.fact().kind().equals(Fact.STRENGTH)) {
                        context.add(sf);
                    }
                }
            }
        }
        if (asOf != null) {
            context = FactRecord.heldOn(context, asOf);
        }
        List<SituationReport.Commitment> out = new ArrayList<>();
        for (FactRecord.CommitmentStatus s : FactRecord.commitments(context, asOf)) {
            out.add(new SituationReport.Commitment(item(s.commitment()), s.due(), s.status().label(),
                    s.checkedAsOf(), s.checkedAsOfBasis(), s.explanation(),
                    s.evidence().stream().map(this::item).toList()));
        }
        return out;
    }

    /** Which stored quotes belong in the report, by what the subject is ({@link ReportQuotes}). */
    private java.util.function.Predicate<StoredQuote> quoteFilter(StoredEntity subject, String type, Set<String> ids,
            List<StoredFact> facts) {
        Set<String> speakers = new LinkedHashSet<>(ids);
        if (type.equals(SituationReport.MISSION)) {
            Set<String> documents = new HashSet<>();
            for (StoredFact sf : facts) {
                documents.add(sf.provenance().documentId());
                for (String key : PARTAKING) {
                    sf.fact().findQualifier(key).ifPresent(v -> speakers.addAll(List.of(v.split(","))));
                }
            }
            List<String> namesOfSubject = new ArrayList<>(SubjectResolution.namesOf(subject));
            namesOfSubject.add(subject.name());
            return q -> {
                String speakerId = q.quote().speaker() == null ? null : q.quote().speaker().entityId();
                boolean byActor = speakerId != null && speakers.contains(speakerId)
                        && documents.contains(q.provenance().documentId());
                return byActor || ReportQuotes.names(q.text(), namesOfSubject);
            };
        }
        if (!type.equals(SituationReport.PERSON)) {
            // an organization or a country speaks through its people: those who spoke for it in its facts
            for (StoredFact sf : facts) {
                String actor = sf.fact().qualifiers().getOrDefault("actor",
                        sf.fact().qualifiers().getOrDefault("committedBy", sf.fact().qualifiers().get("by")));
                String via = sf.fact().qualifiers().get("via");
                if (actor != null && via != null && List.of(actor.split(",")).stream().anyMatch(ids::contains)) {
                    speakers.addAll(List.of(via.split(",")));
                }
            }
        }
        return q -> q.quote().speaker() != null && q.quote().speaker().entityId() != null
                && speakers.contains(q.quote().speaker().entityId());
    }

    /**
     * The latest event or publication date among the report's facts and sources (those of its quotes included);
     * null when none is dated. A quote's own date is left out: it may name a time the speaker spoke about.
     */
    private static String latestDate(List<StoredFact> facts, List<SituationReport.SourceRef> sources) {
        String latest = FactRecord.latestDate(facts);
        List<String> dates = new ArrayList<>();
        if (latest != null) {
            dates.add(latest);
        }
        for (SituationReport.SourceRef s : sources) {
            if (s.published() != null && FactRecord.isCalendar(s.published())) {
                dates.add(s.published());
            }
        }
        return dates.stream().max(Comparator.naturalOrder()).orElse(null);
    }

    private List<StoredEntity> entities() {
        if (entities == null) {
            entities = store.entities();
        }
        return entities;
    }

    /** The near-duplicate links of the report's sources, each pair once. */
    private List<SituationReport.CopyItem> copies(List<SituationReport.SourceRef> sourceList) {
        List<SituationReport.CopyItem> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SituationReport.SourceRef s : sourceList) {
            for (org.sitrep.store.DuplicateLink link : store.findCopies(s.documentId())) {
                String other = link.otherThan(s.documentId());
                String key = s.documentId().compareTo(other) < 0 ? s.documentId() + other : other + s.documentId();
                if (!seen.add(key)) {
                    continue;
                }
                store.findDocument(other).ifPresent(d -> out.add(new SituationReport.CopyItem(s,
                        new SituationReport.SourceRef(d.id(), d.source(), d.findTitle().orElse(null),
                                d.published().value()),
                        link.similarity())));
            }
        }
        return out;
    }

    private SituationReport.CurrentState current(List<StoredFact> facts) {
        List<SituationReport.Item> strengthNow = new ArrayList<>();
        List<SituationReport.Item> superseded = new ArrayList<>();
        boolean contested = false;
        List<SituationReport.Item> targets = new ArrayList<>();
        List<SituationReport.Item> funding = new ArrayList<>();
        SituationReport.Item mandate = null;
        String mandateDate = null;
        for (FactRecord.SlotHistory h : FactRecord.histories(facts)) {
            switch (h.slot().kind()) {
                case Fact.STRENGTH -> {
                    if (strengthNow.isEmpty() || h.current().stream().anyMatch(c -> c.asOf() != null
                            && (strengthNow.get(0).date() == null || c.asOf().compareTo(strengthNow.get(0).date()) > 0))) {
                        strengthNow.clear();
                        h.current().forEach(c -> strengthNow.add(item(c)));
                        superseded.clear();
                        h.superseded().forEach(c -> superseded.add(item(c)));
                        contested = h.contested();
                    }
                }
                case Fact.TARGET -> h.current().forEach(c -> targets.add(item(c)));
                case Fact.FUNDING -> h.current().forEach(c -> funding.add(item(c)));
                case Fact.MANDATE -> {
                    Claim c = h.current().get(h.current().size() - 1);
                    if (mandate == null || (c.asOf() != null && (mandateDate == null || c.asOf().compareTo(mandateDate) >= 0))) {
                        mandate = item(c);
                        mandateDate = c.asOf();
                    }
                }
                default -> {
                }
            }
        }
        return new SituationReport.CurrentState(new SituationReport.Strength(strengthNow, contested, superseded),
                targets, mandate, funding);
    }

    /** An entity's name: as stored, else as the entity registry knows it, else its id. */
    private String name(String id) {
        String stored = names.computeIfAbsent(id, k -> store.findEntity(k).filter(e -> e.id().equals(k))
                .map(StoredEntity::name).orElse(""));
        if (!stored.isEmpty()) {
            return stored;
        }
        return EntityRegistry.standard().findById(id).map(EntityRegistry.Entry::name).orElse(id);
    }

    /** Words that stay upper-case when a proposal id is read back as words. */
    private static final Set<String> ACRONYMS = Set.of("un", "au", "eu", "us", "uk", "oas", "nato", "ecowas", "caricom");
    /** Verbs a proposal written as what to do opens with ("join the mission", "serve as the lead nation"). */
    private static final Set<String> BASE_VERBS = Set.of("join", "lead", "serve", "support", "deploy", "send",
            "provide", "contribute", "extend", "establish", "create", "transform", "end", "authorize", "authorise",
            "help", "fund", "take", "keep", "expand", "strengthen", "replace", "withdraw", "convert", "turn", "set",
            "form", "build", "train", "finance", "host", "increase", "reduce", "renew", "bring", "impose", "lift");
    /** Heads a proposal's name may end with; ids of common-noun proposals drop theirs ({@code un-peacekeeping}). */
    private static final Set<String> HEADS = Set.of("mission", "operation", "force", "initiative", "office", "presence",
            "deployment");

    /**
     * A proposal as a reader would name it: its proper name when the text gave one ("a Gang Suppression Force"),
     * else its id read back as words, with "operation" when the id names none ("a UN peacekeeping operation").
     */
    static String proposalName(String id, String properName) {
        if (properName != null && !properName.isBlank()) {
            String first = properName.strip().split("\\s+")[0];
            if (first.length() > 4 && first.endsWith("ing") && first.equals(first.toLowerCase(Locale.ROOT))) {
                return properName; // "leading the mission", "pledging personnel": a gerund takes no article
            }
            if (BASE_VERBS.contains(first)) {
                return "to " + properName; // "join the mission alongside Kenya"
            }
            return article(properName) + " " + properName;
        }
        if (id == null || id.isBlank()) {
            return "the proposal";
        }
        List<String> words = new ArrayList<>();
        for (String w : id.split("-")) {
            words.add(ACRONYMS.contains(w) ? w.toUpperCase(Locale.ROOT) : w);
        }
        if (!HEADS.contains(words.get(words.size() - 1))) {
            words.add("operation");
        }
        String phrase = String.join(" ", words);
        return article(phrase) + " " + phrase;
    }

    private static String article(String phrase) {
        if (phrase.matches("(?i)^(UN|U\\.N\\.)\\b.*")) {
            return "a";
        }
        return phrase.matches("(?i)^[aeiou].*") ? "an" : "a";
    }

    private String names(String ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                out.add(name(id.strip()));
            }
        }
        return String.join(", ", out);
    }

    private static SituationReport.SourceRef ref(FactRecord.Source s) {
        return new SituationReport.SourceRef(s.documentId(), s.source(), s.title(), s.published());
    }

    static SituationReport.SourceRef ref(org.sitrep.store.Provenance p) {
        return new SituationReport.SourceRef(p.documentId(), p.source(), p.title(),
                p.published() == null ? null : p.published().value());
    }

    private static List<SituationReport.SourceRef> refs(Claim c) {
        return c.sources().stream().map(ReportAssembly::ref).toList();
    }

    private static String evidence(Claim c) {
        return c.sources().isEmpty() ? null : c.sources().get(0).evidence();
    }

    SituationReport.Item item(Claim c) {
        Fact f = c.fact();
        return new SituationReport.Item(c.asOf(), dateBasis(c), f.kind(), f.predicate(), f.value(), summary(f), f.qualifiers(),
                evidence(c), refs(c));
    }

    /** {@link SituationReport#REPORTED} for a claim dated only by publication, else stated; null when undated. */
    static String dateBasis(Claim c) {
        if (c.asOf() == null) {
            return null;
        }
        return c.isDatedByPublication() ? SituationReport.REPORTED : SituationReport.STATED;
    }

    /** One readable line for a fact. */
    String summary(Fact f) {
        Map<String, String> q = f.qualifiers();
        String unit = q.getOrDefault("unit", "");
        return switch (f.kind()) {
            case Fact.STRENGTH -> "strength " + hedge(q) + number(f.value()) + " " + plural(unit);
            case Fact.TARGET -> !q.containsKey("due") && q.containsKey("committedBy")
                    ? names(q.get("committedBy")) + " pledged " + hedge(q) + number(f.value()) + " " + plural(unit)
                            + (q.containsKey("via") ? " (through " + names(q.get("via")) + ")" : "")
                    : "target " + hedge(q) + number(f.value()) + " " + plural(unit)
                            + (q.containsKey("due") ? " by " + q.get("due") : "")
                            + (q.containsKey("committedBy") ? ", committed by " + names(q.get("committedBy")) : "")
                            + (q.containsKey("via") ? " through " + names(q.get("via")) : "");
            case Fact.MANDATE -> mandate(f);
            case Fact.FUNDING -> f.predicate().equals("funding-model") ? "funded by " + f.value() + " contributions"
                    : (q.containsKey("by") ? names(q.get("by")) + " " : "") + f.predicate() + " "
                            + q.getOrDefault("currency", "") + " " + number(f.value())
                            + (q.containsKey("to") ? " to " + q.get("to") : "");
            case Fact.EVENT -> f.predicate() + (q.containsKey("participants") ? ": " + names(q.get("participants")) : "")
                    + (q.containsKey("place") ? " in " + names(q.get("place")) : "")
                    + (q.containsKey("topic") ? ", about " + proposalName(q.get("topic"), null) : "");
            case Fact.POSITION -> names(q.getOrDefault("actor", "")) + " " + stance(f.value()) + " "
                    + proposalName(q.get("proposal"), q.get("proposalName"))
                    + (q.containsKey("via") ? " (through " + names(q.get("via")) + ")" : "");
            default -> f.predicate() + " " + f.value();
        };
    }

    /**
     * A mandate decision in words: "United Nations Security Council extended the mandate for one year, through
     * 2025-10-02; vote unanimous". A period without a stated end date ends, by its own terms, that long after a
     * decision dated to the day; the line says so.
     */
    private String mandate(Fact f) {
        Map<String, String> q = f.qualifiers();
        String verb = switch (f.predicate()) {
            case "extend" -> "extended the mandate";
            case "authorize" -> "authorized the mission";
            case "transform" -> "transformed the mission";
            case "end" -> "ended the mission";
            default -> f.predicate() + " the mandate";
        };
        String into = q.containsKey("into") ? " into " + proposalName(q.get("into"), q.get("intoName")) : "";
        String until = q.get("until");
        String derived = null;
        if (until == null && q.containsKey("period") && f.asOf() != null && f.asOf().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                derived = java.time.LocalDate.parse(f.asOf()).plus(java.time.Period.parse(q.get("period"))).toString();
            } catch (RuntimeException e) {
                derived = null;
            }
        }
        List<String> abstaining = new ArrayList<>();
        if (q.containsKey("abstentions")) {
            abstaining.add(names(q.get("abstentions")));
        }
        return (q.containsKey("decidedBy") ? names(q.get("decidedBy")) + " " : "") + verb + into
                + (q.containsKey("period") ? " for " + period(q.get("period")) : "")
                + (until != null ? ", through " + until : derived != null ? ", until " + derived
                        + " (from the decision date)" : "")
                + (q.containsKey("resolution") ? "; Resolution " + q.get("resolution") : "")
                + (q.containsKey("vote") ? "; vote " + q.get("vote") : "")
                + (abstaining.isEmpty() ? "" : " (abstaining: " + abstaining.get(0) + ")")
                + (q.containsKey("ledBy") ? "; text led by " + names(q.get("ledBy")) : "");
    }

    private static String hedge(Map<String, String> q) {
        return "true".equals(q.get("approximate")) ? "≈" : "";
    }

    private static String stance(String s) {
        return switch (s) {
            case "support" -> "supports";
            case "oppose" -> "opposes";
            case "propose" -> "proposed";
            case "retract" -> "retracted";
            default -> s;
        };
    }

    private static String period(String p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("P(\\d+)([YMWD])").matcher(p);
        if (!m.matches()) {
            return p;
        }
        int n = Integer.parseInt(m.group(1));
        String unit = switch (m.group(2)) {
            case "Y" -> "year";
            case "M" -> "month";
            case "W" -> "week";
            default -> "day";
        };
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};
        return (n < words.length ? words[n] : Integer.toString(n)) + " " + unit + (n == 1 ? "" : "s");
    }

    private static String plural(String unit) {
        if (unit.isEmpty() || unit.endsWith("s") || unit.equals("personnel") || unit.equals("police")) {
            return unit;
        }
        return unit + "s";
    }

    static String number(String value) {
        try {
            double d = Double.parseDouble(value);
            NumberFormat nf = NumberFormat.getNumberInstance(Locale.ENGLISH);
            nf.setMaximumFractionDigits(2);
            return nf.format(d);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
