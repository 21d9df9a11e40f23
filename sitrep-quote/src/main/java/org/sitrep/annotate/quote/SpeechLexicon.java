package org.sitrep.annotate.quote;

import java.util.Set;

/**
 * The words of English news that report speech: verbs of saying, the nouns of occasions and channels where
 * things are said, titles that name a person by office, and words that open an anonymous or group source.
 *
 * <p>Verbs are given as lemmas; the caller lemmatizes with CoreNLP's morphology. Thread safety: immutable.
 */
final class SpeechLexicon {
    private SpeechLexicon() {
    }

    private static Set<String> setOf(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    /** Verbs that report speech or writing, with or without a "that" complement. */
    static final Set<String> SPEECH_VERBS = setOf(
            "say", "tell", "add", "note", "state", "declare", "remark", "warn", "argue", "claim", "explain", "insist",
            "write", "post", "tweet", "announce", "acknowledge", "admit", "assert", "report", "recall", "reply",
            "respond", "ask", "urge", "contend", "maintain", "share", "reveal", "stress", "emphasize", "emphasise",
            "caution", "complain", "concede", "confirm", "deny", "observe", "promise", "pledge", "vow", "testify",
            "mention", "counter", "quip", "joke", "boast", "charge", "allege", "predict", "propose", "demand",
            "reiterate", "lament", "assure", "acknowledge", "retort", "exclaim", "shout", "whisper", "suggest",
            "declare", "announce", "continue", "agree", "point", "opine", "muse", "concur", "affirm", "proclaim",
            "threaten", "promise", "tout", "blast", "slam", "criticize", "criticise", "praise", "accuse", "call",
            "chant", "cite", "describe", "estimate", "forecast", "underline", "underscore", "highlight", "vow", "conclude", "echo", "interrupt", "yell", "scream", "cry", "answer", "dub", "label", "brand", "mock",
            "decry", "condemn", "denounce", "dismiss", "declare", "recount", "insist", "plead", "pronounce", "apologize");

    /** Verbs that report a belief or finding: a cue only with a "that" complement ("a poll found that ..."). */
    static final Set<String> THAT_VERBS = setOf(
            "find", "show", "believe", "think", "indicate", "feel", "hope", "fear", "expect", "know",
            "learn", "worry", "signal", "hint", "acknowledge", "determine", "recognize", "understand", "hold",
            "rule", "decide", "guess", "imply", "mean", "recommend");

    /**
     * Verbs of belief, knowledge and finding that take a clause without "that": "he thinks Cruz is wrong",
     * "records show he backed McCain".
     */
    static final Set<String> BELIEF_VERBS = setOf(
            "think", "believe", "know", "hope", "fear", "expect", "feel", "worry", "suspect", "assume", "guess",
            "suppose", "figure", "reckon", "bet", "doubt", "find", "show", "indicate", "realize", "realise",
            "recognize", "understand", "learn", "hear", "notice", "imagine", "wish", "decide", "determine",
            "remember", "discover", "conclude", "reveal", "suggest", "agree", "predict", "acknowledge", "admit",
            "claim", "insist", "argue", "contend", "maintain", "estimate", "project", "see", "sense", "trust",
            "pray", "swear", "worry");

    /**
     * Verbs of attitude, support and judgement whose object is what is attributed: "voters want a change",
     * "Democrats oppose the bill", "a poll showed Clinton leading".
     */
    static final Set<String> OBJECT_VERBS = setOf(
            "want", "support", "oppose", "endorse", "back", "reject", "prefer", "favor", "favour", "seek", "blame",
            "defend", "question", "discuss", "dislike", "welcome", "applaud", "hail", "embrace", "recommend",
            "advocate", "champion", "dispute", "mock", "ridicule", "attack", "show", "find", "indicate", "reveal",
            "disclose", "portray", "depict", "describe", "mention", "acknowledge", "admit", "deny", "predict",
            "request", "propose", "demand", "urge", "encourage", "invite", "approve", "veto", "fault", "credit",
            "thank", "congratulate", "condemn", "denounce", "criticize", "criticise", "praise", "slam", "blast",
            "challenge", "contest", "rule", "order", "decry", "lament", "regret", "deplore", "cite", "tout",
            "promote", "highlight", "emphasize", "emphasise", "stress", "express", "explain", "outline", "detail",
            "announce", "unveil", "pledge", "promise", "vow", "threaten", "recall", "remember", "envision",
            "envisage", "imagine", "consider", "view", "regard", "see", "call", "label", "dub", "brand", "accuse",
            "like", "love", "hate", "fear", "distrust", "dread", "need", "expect");

    /** Verbs that take a hearer and a "to" infinitive: "urged Democrats to vote", "wants voters to know". */
    static final Set<String> CONTROL_VERBS = setOf(
            "want", "urge", "ask", "expect", "encourage", "invite", "press", "push", "call", "need", "tell", "warn",
            "advise", "order", "instruct", "direct", "beg", "implore", "challenge", "dare", "persuade", "convince",
            "pressure", "prefer", "like", "allow", "require", "remind", "force", "wish");

    /** Verbs of intention and attitude, cues with a "to" infinitive ("refused to give ...", "wants to ..."). */
    static final Set<String> INFINITIVE_VERBS = setOf(
            "want", "refuse", "plan", "hope", "intend", "decline", "seek", "vow", "promise", "pledge", "threaten",
            "agree", "wish", "expect", "urge", "vote", "demand", "offer", "aim", "prefer", "need");

    /** Verbs that report speech only with a preposition naming its topic: "talked about", "pushed for". */
    static final Set<String> TOPIC_VERBS = setOf(
            "talk", "speak", "focus", "push", "advocate", "rail", "campaign", "vote", "lobby", "argue", "complain",
            "warn", "joke", "boast", "testify", "write", "speculate", "rant", "lash", "weigh", "comment", "reflect",
            "elaborate", "brag", "fret", "worry", "muse", "agitate", "inveigh", "preach", "harp", "dwell");

    static final Set<String> TOPIC_PREPOSITIONS = setOf("about", "for", "against", "of", "on", "out");

    /** Verbs whose first object is the hearer, not the content ("told reporters that ..."). */
    static final Set<String> HEARER_VERBS = Set.of(
            "tell", "warn", "ask", "urge", "assure", "remind", "inform", "advise", "promise", "caution", "call");

    /** Verbs that only report speech as a stated phrase with a noun: "voiced support for", "expressed concern". */
    static final Set<String> PHRASE_VERBS = Set.of("voice", "express", "signal", "reiterate", "offer", "pledge");

    /** Nouns that such phrase verbs take. */
    static final Set<String> PHRASE_NOUNS = setOf(
            "support", "concern", "concerns", "opposition", "hope", "frustration", "optimism", "doubt", "doubts",
            "confidence", "skepticism", "scepticism", "approval", "disapproval", "regret", "sympathy", "solidarity",
            "condolences", "gratitude", "interest", "willingness", "readiness", "openness", "commitment", "dismay",
            "anger", "alarm", "outrage", "reservations", "objections", "disappointment");

    /** Head nouns of a channel or occasion where something is said. */
    static final Set<String> OCCASION_NOUNS = setOf(
            "statement", "statements", "interview", "interviews", "speech", "address", "letter", "op-ed", "post",
            "tweet", "tweets", "video", "remarks", "appearance", "conference", "briefing", "hearing", "memo",
            "email", "e-mail", "rally", "visit", "trip", "meeting", "summit", "session", "assembly", "debate",
            "call", "podcast", "broadcast", "show", "program", "programme", "column", "essay", "editorial",
            "release", "message", "news", "radio", "television", "tv", "twitter", "facebook", "instagram", "x",
            "media", "event", "ceremony", "forum", "gathering", "testimony", "town", "hall", "phone", "communique",
            "communiqué", "report", "filing", "blog", "account", "page", "website", "sunday", "floor", "stage",
            "appearances", "announcement", "campaign", "stop", "dinner", "luncheon", "breakfast", "convention");

    /** Nouns of office that name one person when definite: "the president said". */
    static final Set<String> TITLE_NOUNS = setOf(
            "president", "secretary", "senator", "governor", "minister", "premier", "chancellor", "mayor",
            "ambassador", "envoy", "chairman", "chairwoman", "chair", "speaker", "nominee", "candidate", "king",
            "queen", "prince", "general", "commander", "director", "chief", "leader", "congressman",
            "congresswoman", "representative", "judge", "justice", "attorney", "prosecutor", "pope", "sheriff",
            "commissioner", "superintendent", "administrator", "ceo", "founder", "head", "businessman",
            "billionaire", "mogul", "spokesman", "spokeswoman", "spokesperson", "official", "adviser", "advisor");

    /** Titles as written before a name, abbreviations expanded to the noun of office. */
    static String titleNoun(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return switch (w) {
            case "sen" -> "senator";
            case "gov" -> "governor";
            case "rep" -> "representative";
            case "gen" -> "general";
            case "pres" -> "president";
            case "sec" -> "secretary";
            case "amb" -> "ambassador";
            case "pm" -> "minister";
            default -> w;
        };
    }

    /** Words that make a source anonymous or a group even when it names an organization. */
    static final Set<String> GROUP_HEADS = setOf(
            "officials", "official", "sources", "source", "spokesperson", "spokesman", "spokeswoman", "aides",
            "aide", "proponents", "opponents", "critics", "supporters", "analysts", "experts", "observers",
            "residents", "people", "members", "diplomats", "witnesses", "lawmakers", "leaders", "activists",
            "voters", "percent", "majority", "minority", "half", "third", "thirds", "quarter", "quarters",
            "respondents", "americans", "democrats", "republicans", "conservatives", "liberals", "progressives",
            "students", "delegates", "donors", "advocates", "protesters", "protestors", "citizens", "workers",
            "parents", "candidates", "senators", "governors", "advisers", "advisors", "strategists", "operatives",
            "staffers", "allies", "rivals", "opponent", "critic", "supporter", "backers", "fans", "group", "groups",
            "campaign", "party", "administration", "government", "committee", "agency", "department", "court",
            "officers", "police", "prosecutors", "investigators", "researchers", "scientists", "economists",
            "pollsters", "evangelicals", "independents", "men", "women", "caucusgoers", "participants", "many",
            "most", "some", "others", "both", "all", "few", "everyone", "someone", "nobody", "anyone");

    /** Nouns of saying and attitude that report what their owner said or holds: "Trump’s claim that …". */
    static final Set<String> CUE_NOUNS = setOf(
            "claim", "claims", "view", "views", "belief", "beliefs", "assertion", "assertions", "allegation",
            "allegations", "argument", "arguments", "insistence", "suggestion", "contention", "promise", "promises",
            "pledge", "vow", "call", "calls", "demand", "demands", "support", "opposition", "criticism", "criticisms",
            "praise", "endorsement", "warning", "warnings", "hope", "hopes", "fear", "fears", "concern", "concerns",
            "proposal", "proposals", "statement", "remarks", "comments", "comment", "accusation", "accusations",
            "denial", "admission", "announcement", "position", "stance", "request", "threat", "threats",
            "assessment", "prediction", "predictions", "defense", "defence", "rejection", "desire", "wish",
            "commitment", "attacks", "attack", "complaint", "complaints", "plea", "appeal", "message", "argument",
            "opinion", "insistence", "idea", "plan", "plans", "vision", "description", "characterization",
            "recommendation", "decision", "ruling", "order", "explanation", "objection", "objections", "doubts",
            "questions", "question", "answer", "response", "reply", "assurance", "assurances", "thoughts");

    /** Nouns of artifacts that report findings or news and can stand as a source: "a poll shows", "Poll: …". */
    static final Set<String> SOURCE_NOUNS = setOf(
            "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "newspaper", "paper",
            "records", "documents", "data", "filings", "filing", "analysis", "audit", "investigation", "review",
            "memo", "documents", "emails", "letter", "ruling", "court", "judge", "jury", "sources", "source");

    /**
     * Nouns that name an organization or a group of people by its kind, beyond {@link #GROUP_HEADS}, as singular
     * lemmas: a source whose head is one of them names a speaker even when no entity stands for it.
     */
    static final Set<String> SPEAKER_KINDS = setOf(
            "campaigner", "minister", "mp", "commission", "panel", "watchdog", "company", "firm", "union", "council",
            "board", "ministry", "army", "military", "embassy", "office", "bank", "charity", "association",
            "federation", "coalition", "alliance", "authority", "regulator", "inquiry", "parliament", "senate",
            "congress", "assembly", "cabinet", "opposition", "mission", "force", "troop", "soldier", "lawyer",
            "doctor", "teacher", "farmer", "leader", "organisation", "organization", "executive", "tribunal",
            "legislator", "politician", "negotiator", "mediator", "diplomat", "envoy", "delegation", "observer",
            "monitor", "team", "family", "relative", "victim", "survivor", "resident", "worker", "employee",
            "manager", "owner", "chief", "boss", "expert", "scientist", "academic", "professor", "economist",
            "member", "mps", "cardinal", "archbishop", "bishop", "cleric", "imam", "rabbi", "priest");

    /** Whether a head noun names a speaker by its kind: a title or office, a group of people, an organization. */
    static boolean namesSpeakerByKind(String lower, String lemma) {
        String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        for (String w : new String[] {lower, lemma, singular}) {
            if (w != null && (TITLE_NOUNS.contains(w) || GROUP_HEADS.contains(w) || SPEAKER_KINDS.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Quantifiers that stand alone for people as a subject: "Some said", "Several agreed". */
    static final Set<String> QUANTIFIER_SUBJECTS = Set.of("some", "several", "many", "most", "others", "few",
            "both", "all", "none", "each");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    static final Set<String> OTHER_PRONOUNS = Set.of("they", "we", "i", "it", "you");
}
