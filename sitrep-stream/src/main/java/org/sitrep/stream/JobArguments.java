package org.sitrep.stream;

/**
 * Reads the job jar's arguments ({@code --kafka HOST:PORT --topic NAME --db postgresql://… [--group NAME]
 * [--checkpoint-ms N] [--bounded] [--budget SECONDS]}).
 *
 * <p>Thread safety: stateless. Failure: {@link #parse} throws {@link IllegalArgumentException} naming the argument
 * that is missing, unknown or malformed.
 */
final class JobArguments {
    private JobArguments() {
    }

    static StreamSettings parse(String[] args, int parallelism) {
        String kafka = null;
        String topic = null;
        String db = null;
        String group = StreamSettings.DEFAULT_GROUP;
        String budget = null;
        long checkpoint = StreamSettings.DEFAULT_CHECKPOINT_MILLIS;
        boolean bounded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--bounded" -> bounded = true;
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--topic" -> topic = value(args, ++i, a);
                case "--db" -> db = value(args, ++i, a);
                case "--group" -> group = value(args, ++i, a);
                case "--budget" -> budget = value(args, ++i, a);
                case "--checkpoint-ms" -> {
                    String v = value(args, ++i, a);
                    try {
                        checkpoint = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--checkpoint-ms must be a number of milliseconds, was "
                                + v);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + a + "; the job takes --kafka,"
                        + " --topic, --db, --group, --checkpoint-ms, --budget and --bounded");
            }
        }
        for (String[] required : new String[][] {{"--kafka", kafka}, {"--topic", topic}, {"--db", db}}) {
            if (required[1] == null) {
                throw new IllegalArgumentException(required[0] + " is required");
            }
        }
        return new StreamSettings(kafka, topic, group, db, Math.max(1, parallelism), checkpoint, bounded, budget, 0);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
